package org.silverbranch.orglife.dues.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.orglife.dues.internal.rules.DuesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The district's dues settings (PID {@code org.silverbranch.orglife.dues}), read when they change. A setting that
 * cannot be used (a rate above 100 %, a month that is not YYYY-MM) is logged and the settings before it are kept, so
 * a typing error in {@code etc/} never takes the dues endpoints down.
 */
@Component(service = DuesRules.class, configurationPid = DuesConfiguration.PID)
@Designate(ocd = DuesConfiguration.class)
public class DuesRules {

    private static final Logger LOG = LoggerFactory.getLogger(DuesRules.class);

    private volatile DuesSettings settings = DuesSettings.DEFAULTS;

    @Activate
    public DuesRules(DuesConfiguration config) {
        modified(config);
    }

    /** For tests: fixed settings. */
    DuesRules(DuesSettings settings) {
        this.settings = settings;
    }

    @Modified
    void modified(DuesConfiguration config) {
        try {
            settings = DuesSettings.of(config.lowerRateBasisPoints(), config.higherRateBasisPoints(),
                    config.thresholdFen(), config.minimumMonthlyFen(), config.startMonth(), config.maxAdvanceMonths());
        } catch (IllegalArgumentException e) {
            LOG.error("Dues settings {} not applied, keeping {}: {}", DuesConfiguration.PID, settings, e.getMessage());
        }
    }

    public DuesSettings settings() {
        return settings;
    }
}
