package org.silverbranch.orglife.assessment.internal;

import org.osgi.service.component.annotations.Component;
import org.silverbranch.core.api.ErrorMessages;
import org.silverbranch.orglife.api.BundleMessages;

/** The Chinese and English messages of this bundle's codes ({@code messages_zh/_en.properties} beside this class). */
@Component(service = ErrorMessages.class)
public class AssessmentMessages extends BundleMessages {

    public static final String BASE_NAME = "org.silverbranch.orglife.assessment.internal.messages";

    public AssessmentMessages() {
        super(BASE_NAME, AssessmentMessages.class);
    }
}
