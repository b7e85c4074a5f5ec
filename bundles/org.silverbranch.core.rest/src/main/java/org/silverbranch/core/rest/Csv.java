package org.silverbranch.core.rest;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * CSV as Excel on a Chinese Windows opens it: UTF-8 with a byte order mark (without it Excel reads GBK and shows
 * mojibake), comma separated, CRLF line ends, fields quoted per RFC 4180. A text cell that Excel would take for a
 * formula ({@code = + - @}, tab, CR) is prefixed with an apostrophe, so an exported name cannot run anything.
 * <pre>
 * byte[] bytes = new Csv().row("姓名", "时长（分钟）").row("王秀兰", 80).toBytes();
 * return CsvDownloads.attachment("hours.csv", bytes);
 * </pre>
 * Not thread-safe; one per document.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    /** The UTF-8 byte order mark every document starts with (a new array each time). */
    public static byte[] bom() {
        return BOM.clone();
    }

    /**
     * Appends one line. Numbers are written as they are (a {@link BigDecimal} in plain notation, never
     * {@code 1E+2}), so Excel keeps them numbers; anything else as escaped text; null as an empty cell.
     */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells[i];
            if (cell instanceof BigDecimal decimal) {
                text.append(decimal.toPlainString());
            } else if (cell instanceof Number) {
                text.append(cell);
            } else {
                text.append(escape(cell == null ? "" : cell.toString()));
            }
        }
        text.append("\r\n");
        return this;
    }

    /** The document: BOM, then the lines in UTF-8. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * One text cell as written: an apostrophe before a leading {@code = + - @}, tab or CR (no formula), then quoted
     * per RFC 4180 (doubled quotes) when it holds a comma, quote, LF or CR.
     */
    public static String escape(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
