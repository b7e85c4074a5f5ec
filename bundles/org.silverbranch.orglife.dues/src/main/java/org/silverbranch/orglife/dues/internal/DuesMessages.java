package org.silverbranch.orglife.dues.internal;

import org.osgi.service.component.annotations.Component;
import org.silverbranch.core.api.ErrorMessages;
import org.silverbranch.orglife.api.BundleMessages;

/** The dues bundle's error messages ({@code messages_zh/_en.properties} beside this class) for the core's REST errors. */
@Component(service = ErrorMessages.class)
public class DuesMessages extends BundleMessages {

    public DuesMessages() {
        super("org.silverbranch.orglife.dues.internal.messages", DuesMessages.class);
    }
}
