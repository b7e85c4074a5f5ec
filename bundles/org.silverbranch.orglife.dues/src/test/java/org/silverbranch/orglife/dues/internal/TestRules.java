package org.silverbranch.orglife.dues.internal;

import org.silverbranch.orglife.dues.internal.rules.DuesSettings;

/**
 * Reaches {@link DuesRules}' package-private test constructor from the tests in other packages. It is not public:
 * with a second public one-argument constructor SCR could pick it instead of the {@code @Activate} one.
 */
public final class TestRules {

    private TestRules() {
    }

    /** Rules with the given fixed settings. */
    public static DuesRules of(DuesSettings settings) {
        return new DuesRules(settings);
    }
}
