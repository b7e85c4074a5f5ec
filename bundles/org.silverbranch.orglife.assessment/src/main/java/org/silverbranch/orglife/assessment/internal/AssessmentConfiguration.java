package org.silverbranch.orglife.assessment.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * District settings of assessment (PID {@code org.silverbranch.orglife.assessment}). None of these is settled law
 * everywhere (DOMAIN.md: "star classes, subsidy amounts ... make it a district setting with this default"): the
 * defaults are examples for the district's organization department to replace with its own table.
 */
@ObjectClassDefinition(name = "Silverbranch assessment",
        description = "Star rating criteria and thresholds, branch classes, secretary subsidy table")
public @interface AssessmentConfiguration {

    @AttributeDefinition(description = "Star criteria, KEY;COMPUTED|SCORED;points;中文名称;English name, one per entry"
            + " or separated by commas (a .cfg file gives one text). A COMPUTED key names the figure source"
            + " (MEETING_COMPLIANCE, DUES_COLLECTION, PARTICIPATION, SECRETARY_IN_PLACE, or one another bundle registers)")
    String[] starCriteria() default {
        "MEETING_COMPLIANCE;COMPUTED;25;三会一课和主题党日按要求开展;Meetings held as required",
        "DUES_COLLECTION;COMPUTED;15;党费按时足额交纳;Dues collected",
        "PARTICIPATION;COMPUTED;15;党员参加组织生活;Members taking part",
        "SECRETARY_IN_PLACE;COMPUTED;10;支部书记在岗;Secretary in office",
        "RECORDS;SCORED;10;台账资料规范;Records and ledgers kept",
        "STUDY;SCORED;10;政治学习和送学上门;Political study",
        "SERVICE;SCORED;15;发挥作用服务群众;Serving the community"
    };

    @AttributeDefinition(description = "Least score (of 100) for 2, 3, 4 and 5 stars, comma separated, ascending; below"
            + " the first: 1 star")
    String starThresholds() default "60,70,80,90";

    @AttributeDefinition(description = "The criteria the class (一类/二类/三类) is computed from, comma separated; empty:"
            + " all criteria."
            + " Default: the compliance criteria")
    String classCriteria() default "MEETING_COMPLIANCE,DUES_COLLECTION,PARTICIPATION,SECRETARY_IN_PLACE";

    @AttributeDefinition(description = "Least score (of 100) over the class criteria for 一类 (first class)")
    int firstClassThreshold() default 90;

    @AttributeDefinition(description = "Least score (of 100) over the class criteria for 二类 (second class); below: 三类")
    int secondClassThreshold() default 70;

    @AttributeDefinition(description = "EXAMPLE default, to be set by the district: monthly subsidy in fen of a"
            + " secretary assessed EXCELLENT (优秀), for each month of the next year in office")
    long subsidyExcellentFen() default 30_000;

    @AttributeDefinition(description = "EXAMPLE default, to be set by the district: monthly subsidy in fen for GOOD (良好)")
    long subsidyGoodFen() default 25_000;

    @AttributeDefinition(description = "EXAMPLE default, to be set by the district: monthly subsidy in fen for PASS (合格)")
    long subsidyPassFen() default 20_000;

    @AttributeDefinition(description = "EXAMPLE default, to be set by the district: monthly subsidy in fen for FAIL (不合格)")
    long subsidyFailFen() default 0;
}
