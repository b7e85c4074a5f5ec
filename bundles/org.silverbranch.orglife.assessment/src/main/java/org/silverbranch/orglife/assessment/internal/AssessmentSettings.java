package org.silverbranch.orglife.assessment.internal;

import java.util.EnumMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.internal.rules.StarTable;
import org.silverbranch.orglife.assessment.internal.rules.SubsidyTable;

/**
 * The district settings as checked tables. A change of the configuration applies to ratings and assessments made
 * after it (confirmed ratings and made assessments keep their figures). A wrong setting stops the component with
 * the reason in the log, so the district never rates with a half-read table.
 */
@Component(service = AssessmentSettings.class, configurationPid = AssessmentSettings.PID)
@Designate(ocd = AssessmentConfiguration.class)
public class AssessmentSettings {

    public static final String PID = "org.silverbranch.orglife.assessment";

    private volatile StarTable stars;
    private volatile SubsidyTable subsidies;

    @Activate
    public AssessmentSettings(AssessmentConfiguration config) {
        modified(config);
    }

    public AssessmentSettings(StarTable stars, SubsidyTable subsidies) {
        this.stars = stars;
        this.subsidies = subsidies;
    }

    @Modified
    void modified(AssessmentConfiguration config) {
        StarTable newStars = StarTable.parse(config.starCriteria(), config.starThresholds(), config.classCriteria(),
                config.firstClassThreshold(), config.secondClassThreshold());
        Map<SecretaryGrade, Long> amounts = new EnumMap<>(SecretaryGrade.class);
        amounts.put(SecretaryGrade.EXCELLENT, config.subsidyExcellentFen());
        amounts.put(SecretaryGrade.GOOD, config.subsidyGoodFen());
        amounts.put(SecretaryGrade.PASS, config.subsidyPassFen());
        amounts.put(SecretaryGrade.FAIL, config.subsidyFailFen());
        SubsidyTable newSubsidies = new SubsidyTable(amounts);
        this.stars = newStars;
        this.subsidies = newSubsidies;
    }

    public StarTable stars() {
        return stars;
    }

    public SubsidyTable subsidies() {
        return subsidies;
    }
}
