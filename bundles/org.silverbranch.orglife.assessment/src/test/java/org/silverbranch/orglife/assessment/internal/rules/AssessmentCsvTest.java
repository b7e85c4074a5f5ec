package org.silverbranch.orglife.assessment.internal.rules;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Money in the street lists (the CSV rules themselves are tested with the core's Csv). */
public class AssessmentCsvTest {

    @Test
    public void fenBecomeYuanExactly() {
        assertEquals("300.00", AssessmentCsv.yuan(30_000));
        assertEquals("0.05", AssessmentCsv.yuan(5));
        assertEquals("-1.50", AssessmentCsv.yuan(-150));
    }
}
