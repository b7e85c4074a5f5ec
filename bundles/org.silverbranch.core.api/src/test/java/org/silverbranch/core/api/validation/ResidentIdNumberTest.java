package org.silverbranch.core.api.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.Test;

public class ResidentIdNumberTest {

    @Test
    public void publishedExamplesAreValid() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
        assertTrue(ResidentIdNumber.isValid("440524188001010014"));
    }

    @Test
    public void lowerCaseXIsAcceptedAfterNormalizing() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002x"));
        assertEquals("11010519491231002X", ResidentIdNumber.normalize(" 11010519491231002x "));
    }

    @Test
    public void everyChangedDigitIsDetected() {
        String valid = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            char original = valid.charAt(i);
            char changed = original == '9' ? '0' : (char) (original + 1);
            String altered = valid.substring(0, i) + changed + valid.substring(i + 1);
            assertFalse("changed digit " + i + ": " + altered, ResidentIdNumber.hasValidCheckCharacter(altered));
        }
        assertFalse(ResidentIdNumber.isValid("110105194912310021"));
    }

    @Test
    public void wrongShapesAreInvalid() {
        assertFalse(ResidentIdNumber.isValid(null));
        assertFalse(ResidentIdNumber.isValid(""));
        assertFalse(ResidentIdNumber.isValid("1101051949123100"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002Y"));
        assertFalse(ResidentIdNumber.isValid("1101051949123100X2"));
    }

    @Test
    public void birthDateMustBeARealDate() {
        String feb30 = "23010919480230123";
        String withCheck = feb30 + ResidentIdNumber.checkCharacter(feb30);
        assertTrue(ResidentIdNumber.hasValidCheckCharacter(withCheck));
        assertFalse(ResidentIdNumber.isValid(withCheck));
        assertEquals(Optional.empty(), ResidentIdNumber.birthDate(withCheck));
    }

    @Test
    public void birthDateIsRead() {
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), ResidentIdNumber.birthDate("11010519491231002X"));
    }

    @Test
    public void futureBirthDateIsInvalid() {
        String future = "230109" + (LocalDate.now().getYear() + 1) + "0101123";
        assertFalse(ResidentIdNumber.isValid(future + ResidentIdNumber.checkCharacter(future)));
    }

    @Test
    public void maskKeepsFirstAndLastFour() {
        assertEquals("1101**********002X", ResidentIdNumber.mask("11010519491231002X"));
    }
}
