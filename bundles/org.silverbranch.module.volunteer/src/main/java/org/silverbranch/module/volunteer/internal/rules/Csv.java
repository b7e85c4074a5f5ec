package org.silverbranch.module.volunteer.internal.rules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * CSV as Excel on a Chinese Windows opens it: UTF-8 with a byte order mark (without it Excel reads GBK and shows
 * mojibake), comma separated, CRLF line ends, fields quoted per RFC 4180. A text cell that Excel would take for a
 * formula ({@code = + - @}, tab, CR) is prefixed with an apostrophe, so an exported name cannot run anything.
 */
public final class Csv {

    /** The UTF-8 byte order mark. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    /** Appends one line; numbers are written as they are, anything else as text, null as an empty cell. */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells[i];
            text.append(cell instanceof Number ? cell.toString() : escape(cell == null ? "" : cell.toString()));
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

    static String escape(String value) {
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
