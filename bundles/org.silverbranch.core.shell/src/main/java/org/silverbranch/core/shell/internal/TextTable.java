package org.silverbranch.core.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns stay aligned with Chinese text. Karaf's {@code ShellTable} counts characters,
 * but a terminal gives each Han character two cells, so names like 太阳岛街道 would push later columns out.
 */
public final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
        this.rightAligned = new boolean[headers.length];
    }

    /** Aligns a column (numbers, usually) to the right. */
    public TextTable alignRight(int column) {
        rightAligned[column] = true;
        return this;
    }

    /** Adds a row; {@code null} prints empty, missing trailing cells print empty. */
    public TextTable row(Object... cells) {
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row.add(cell == null ? "" : cell.toString().replace('\n', ' '));
        }
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> lines() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = displayWidth(headers.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>(rows.size() + 2);
        lines.add(format(headers, widths));
        String[] rules = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rules[i] = "-".repeat(widths[i]);
        }
        lines.add(format(Arrays.asList(rules), widths));
        for (List<String> row : rows) {
            lines.add(format(row, widths));
        }
        return lines;
    }

    public void print(PrintStream out) {
        lines().forEach(out::println);
    }

    private String format(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - displayWidth(cell));
            if (i > 0) {
                line.append(GAP);
            }
            line.append(rightAligned[i] ? pad + cell : cell + pad);
        }
        return line.toString().stripTrailing();
    }

    /** Terminal cells the text takes: two for East Asian wide and full-width characters, one otherwise. */
    public static int displayWidth(String text) {
        return text.codePoints().map(TextTable::cells).sum();
    }

    private static int cells(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E)          // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)          // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)          // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)          // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)          // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)          // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)          // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)          // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)          // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);       // CJK extensions B and later
        return wide ? 2 : 1;
    }
}
