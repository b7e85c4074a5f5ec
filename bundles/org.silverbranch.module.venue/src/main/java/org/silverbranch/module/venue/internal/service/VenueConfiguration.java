package org.silverbranch.module.venue.internal.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the release of no-shows (PID {@code org.silverbranch.module.venue}). */
@ObjectClassDefinition(name = "Silverbranch venue booking",
        description = "When a confirmed booking nobody checked in for is released (NO_SHOW) and its time freed")
public @interface VenueConfiguration {

    @AttributeDefinition(description = "Seconds after a booking's start (or its confirmation, when later) within"
            + " which the booker must check in; then the booking becomes NO_SHOW and its time is free again")
    int noShowGraceSeconds() default 900;

    @AttributeDefinition(description = "Seconds between two runs of the release")
    int releaseIntervalSeconds() default 60;
}
