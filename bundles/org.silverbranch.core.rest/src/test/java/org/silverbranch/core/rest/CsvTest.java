package org.silverbranch.core.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.Test;

public class CsvTest {

    private static String text(byte[] bytes) {
        assertArrayEquals("starts with the UTF-8 BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Arrays.copyOf(bytes, 3));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    public void cellsAreQuotedAsRfc4180AndNumbersWrittenAsThey() {
        byte[] bytes = new Csv().row("王秀兰", "a,b", "say \"hi\"", "two\nlines", 90, null).toBytes();
        assertEquals("王秀兰,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",90,\r\n", text(bytes));
    }

    @Test
    public void linesEndInCrLfAndAnEmptyDocumentIsJustTheBom() {
        assertEquals("a,b\r\n1,2\r\n", text(new Csv().row("a", "b").row(1, 2).toBytes()));
        assertArrayEquals(Csv.bom(), new Csv().toBytes());
    }

    @Test
    public void textThatExcelWouldRunIsDefused() {
        assertEquals("'=HYPERLINK(1)", Csv.escape("=HYPERLINK(1)"));
        assertEquals("'+1", Csv.escape("+1"));
        assertEquals("'-1", Csv.escape("-1"));
        assertEquals("'@SUM(A1)", Csv.escape("@SUM(A1)"));
        assertEquals("'\tx", Csv.escape("\tx"));
        assertEquals("\"'\rx\"", Csv.escape("\rx"));
        assertEquals("\"'=1,2\"", Csv.escape("=1,2"));
        assertEquals("\"'+1,2\"", Csv.escape("+1,2"));
        assertEquals("\"王,秀兰\"", Csv.escape("王,秀兰"));
        assertEquals("天鹅湖", Csv.escape("天鹅湖"));
        assertEquals("", Csv.escape(""));
    }

    @Test
    public void aFormulaWithQuotesIsDefusedAndQuoted() {
        byte[] bytes = new Csv().row("党支部", "=HYPERLINK(\"x\")", 3, null).toBytes();
        assertEquals("党支部,\"'=HYPERLINK(\"\"x\"\")\",3,\r\n", text(bytes));
    }

    @Test
    public void negativeNumbersStayNumbersAndDecimalsArePlain() {
        assertEquals("-5,-1.50,100,0.00\r\n", text(new Csv().row(-5, new BigDecimal("-1.50"),
                new BigDecimal("1E+2"), BigDecimal.valueOf(0, 2)).toBytes()));
        assertEquals("'-5\r\n", text(new Csv().row("-5").toBytes()));   // the same as text is defused
    }

    @Test
    public void theBomCannotBeChangedByACaller() {
        byte[] bom = Csv.bom();
        bom[0] = 0;
        assertNotSame(bom, Csv.bom());
        assertEquals((byte) 0xEF, Csv.bom()[0]);
        assertEquals((byte) 0xEF, new Csv().toBytes()[0]);
    }
}
