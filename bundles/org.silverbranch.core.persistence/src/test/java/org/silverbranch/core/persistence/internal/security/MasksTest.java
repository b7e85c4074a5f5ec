package org.silverbranch.core.persistence.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class MasksTest {

    @Test
    public void idNumberKeepsFirstAndLastFour() {
        assertEquals("2301**********1234", Masks.idNumber("230109194803151234"));
    }

    @Test
    public void phoneKeepsFirstThreeAndLastFour() {
        assertEquals("139****0000", Masks.phone("13904510000"));
        assertEquals("045******5678", Masks.phone("0451-12345678"));
        assertEquals("*******", Masks.phone("1234567"));
        assertNull(Masks.phone(null));
    }

    @Test
    public void healthNotesAreHiddenWhole() {
        assertEquals("******", Masks.healthNotes("高血压，需定期测量血压"));
        assertNull(Masks.healthNotes(null));
    }

    @Test
    public void aPlaceKeepsOnlyItsProvince() {
        assertEquals("海南****", Masks.place("海南省三亚市"));
        assertEquals("****", Masks.place("三亚"));
    }

    @Test
    public void maskedValuesAreRecognised() {
        assertTrue(Masks.isMasked(Masks.phone("13904510000")));
        assertFalse(Masks.isMasked("13904510000"));
    }
}
