package org.silverbranch.orglife.assessment.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.silverbranch.orglife.assessment.CriterionKind;

/** The district table is checked when read: a wrong setting never rates half-read. */
public class StarTableTest {

    private static final String[] CRITERIA = {"MEETING_COMPLIANCE;COMPUTED;60;会议;Meetings", "RECORDS;SCORED;40;台账"};
    private static final String OK = "60,70,80,90";

    @Test
    public void readsADistrictsOwnTable() {
        StarTable t = StarTable.parse(CRITERIA, "50, 65, 80, 95", "", 85, 60);
        assertEquals(100, t.totalPoints());
        assertEquals(List.of(50, 65, 80, 95), t.starThresholds());
        assertEquals(CriterionKind.SCORED, t.criterion("RECORDS").orElseThrow().kind());
        assertEquals("台账", t.criterion("RECORDS").orElseThrow().nameEn());  // English name optional
        assertTrue(t.countsForClass("RECORDS"));  // no class criteria: all count
    }

    @Test
    public void aCfgFileGivesTheTableAsOneText() {
        StarTable t = StarTable.parse(new String[] {"MEETING_COMPLIANCE;COMPUTED;60;会议, RECORDS;SCORED;40;台账"}, OK,
                "MEETING_COMPLIANCE", 90, 70);
        assertEquals(2, t.criteria().size());
        assertEquals(List.of("MEETING_COMPLIANCE"), t.classCriteria());
        assertEquals(false, t.countsForClass("RECORDS"));
    }

    @Test
    public void refusesWrongTables() {
        assertThrows(IllegalArgumentException.class, () -> StarTable.parse(new String[0], OK, "", 90, 70));
        assertThrows(IllegalArgumentException.class,
                () -> StarTable.parse(new String[] {"A1;COMPUTED;10;甲", "A1;SCORED;10;乙"}, OK, "", 90, 70));
        assertThrows(IllegalArgumentException.class,
                () -> StarTable.parse(new String[] {"A1;GUESSED;10;甲"}, OK, "", 90, 70));
        assertThrows(IllegalArgumentException.class,
                () -> StarTable.parse(new String[] {"A1;SCORED;0;甲"}, OK, "", 90, 70));
        assertThrows(IllegalArgumentException.class,
                () -> StarTable.parse(new String[] {"a1;SCORED;10;甲"}, OK, "", 90, 70));
        assertThrows(IllegalArgumentException.class, () -> StarTable.parse(CRITERIA, "60,60,80,90", "", 90, 70));
        assertThrows(IllegalArgumentException.class, () -> StarTable.parse(CRITERIA, "60,70,80", "", 90, 70));
        assertThrows(IllegalArgumentException.class, () -> StarTable.parse(CRITERIA, "60,70,80,101", "", 90, 70));
        assertThrows(IllegalArgumentException.class, () -> StarTable.parse(CRITERIA, "60,70,eighty,90", "", 90, 70));
        assertThrows(IllegalArgumentException.class,
                () -> StarTable.parse(CRITERIA, OK, "DUES_COLLECTION", 90, 70));
        assertThrows(IllegalArgumentException.class, () -> StarTable.parse(CRITERIA, OK, "", 60, 70));
    }
}
