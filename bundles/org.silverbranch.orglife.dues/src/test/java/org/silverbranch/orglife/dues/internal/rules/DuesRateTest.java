package org.silverbranch.orglife.dues.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.YearMonth;

import org.junit.Test;

public class DuesRateTest {

    private static final DuesSettings DEFAULTS = DuesSettings.DEFAULTS;

    @Test
    public void justBelowTheThresholdPaysHalfAPercentRoundedHalfUp() {
        // 4,999.99 yuan × 0.5 % = 24.99995 yuan: half a fen and more rounds up to 25.00 yuan
        assertEquals(Long.valueOf(2_500), DuesRate.standardDue(499_999L, DEFAULTS));
    }

    @Test
    public void theThresholdItselfPaysTheLowerRate() {
        // "up to 5,000 yuan" includes 5,000: 25.00 yuan
        assertEquals(Long.valueOf(2_500), DuesRate.standardDue(500_000L, DEFAULTS));
    }

    @Test
    public void oneFenAboveTheThresholdPaysOnePercentRoundedToTheFen() {
        // 5,000.01 yuan × 1 % = 50.0001 yuan: rounds down to 50.00 yuan
        assertEquals(Long.valueOf(5_000), DuesRate.standardDue(500_001L, DEFAULTS));
    }

    @Test
    public void halfAFenRoundsUpAndLessRoundsDown() {
        assertEquals(Long.valueOf(1_235), DuesRate.standardDue(246_900L, DEFAULTS));  // 12.345 yuan
        assertEquals(Long.valueOf(1_234), DuesRate.standardDue(246_899L, DEFAULTS));  // 12.344995 yuan
        assertEquals(Long.valueOf(6_001), DuesRate.standardDue(600_050L, DEFAULTS));  // 60.0050 yuan
        assertEquals(Long.valueOf(6_000), DuesRate.standardDue(600_049L, DEFAULTS));  // 60.0049 yuan
    }

    @Test
    public void theLargestPensionTheCoreAcceptsNeedsNoFloatingPoint() {
        // 1,000,000 yuan × 1 % = 10,000 yuan exactly
        assertEquals(Long.valueOf(1_000_000), DuesRate.standardDue(100_000_000L, DEFAULTS));
    }

    @Test
    public void aTinyOrZeroPensionPaysTheMinimumAndAnUndeclaredOneIsUnknown() {
        assertEquals(Long.valueOf(20), DuesRate.standardDue(0L, DEFAULTS));
        assertEquals(Long.valueOf(20), DuesRate.standardDue(3_000L, DEFAULTS));  // 0.15 yuan → 0.2 yuan minimum
        assertNull(DuesRate.standardDue(null, DEFAULTS));
    }

    @Test
    public void ratesAndThresholdAreTheDistrictsSettings() {
        DuesSettings other = new DuesSettings(100, 200, 300_000L, 0L, YearMonth.of(2026, 1), 6);
        assertEquals(Long.valueOf(3_000), DuesRate.standardDue(300_000L, other));
        assertEquals(Long.valueOf(6_000), DuesRate.standardDue(300_001L, other));
    }

    @Test
    public void theVoluntaryAmountWhenSetIsWhatTheMemberPays() {
        assertEquals(Long.valueOf(10_000), DuesRate.monthlyDue(2_500L, 10_000L));
        assertEquals(Long.valueOf(2_500), DuesRate.monthlyDue(2_500L, null));
        assertNull(DuesRate.monthlyDue(null, null));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aSettingOfARateAbove100PercentIsRefused() {
        DuesSettings.of(50, 10_001, 500_000L, 20L, "2026-01", 6);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aStartMonthThatIsNotAMonthIsRefused() {
        DuesSettings.of(50, 100, 500_000L, 20L, "2026-13", 6);
    }
}
