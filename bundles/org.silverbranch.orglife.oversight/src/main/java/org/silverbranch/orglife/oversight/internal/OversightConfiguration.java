package org.silverbranch.orglife.oversight.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * District settings of the six-month watch and the dashboards (PID {@code org.silverbranch.orglife.oversight}). The
 * Party Constitution (art. 9) treats six consecutive months without organizational life or without dues, without a
 * valid reason, as leaving the Party; DOMAIN.md: the product warns well before six months, never acts by itself.
 */
@ObjectClassDefinition(id = OversightConfiguration.PID, name = "Silverbranch oversight of organizational life",
        description = "When members without organizational life or dues are flagged; how long dashboards are kept")
public @interface OversightConfiguration {

    String PID = "org.silverbranch.orglife.oversight";

    @AttributeDefinition(description = "Whole months without organizational life or dues that make a WARNING",
            min = "1", max = "5")
    int warningMonths() default 3;

    @AttributeDefinition(description = "Whole months that make a flag CRITICAL; more than warningMonths and below"
            + " the Constitution's six", min = "2", max = "5")
    int criticalMonths() default 5;

    @AttributeDefinition(description = "First month counted (YYYY-MM): the month the platform's records begin."
            + " A district going live later sets its own, so that nobody is flagged for months before it")
    String watchStartMonth() default "2026-01";

    @AttributeDefinition(description = "Seconds a dashboard's figures are kept and served (refreshed in the"
            + " background after half of it); 0 computes every request", min = "0", max = "3600")
    int dashboardCacheSeconds() default 60;

    @AttributeDefinition(description = "Seconds a street's six-month watch is kept and served (refreshed in the"
            + " background after half of it); it reads every member of the street. 0 computes every request",
            min = "0", max = "86400")
    int watchCacheSeconds() default 300;
}
