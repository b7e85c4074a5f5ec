package org.silverbranch.orglife.meetings.internal;

import org.osgi.service.component.annotations.Component;
import org.silverbranch.core.api.ErrorMessages;
import org.silverbranch.orglife.api.BundleMessages;

/** The bundle's error and field messages ({@code messages_zh.properties}, {@code messages_en.properties}). */
@Component(service = ErrorMessages.class)
public class MeetingsMessages extends BundleMessages {

    public static final String BASE_NAME = "org.silverbranch.orglife.meetings.internal.messages";

    public MeetingsMessages() {
        super(BASE_NAME, MeetingsMessages.class);
    }
}
