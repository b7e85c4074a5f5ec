package org.silverbranch.core.persistence.internal.district;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.silverbranch.core.api.model.StreetKind;

/**
 * Reads national statistical division codes (CSV with a header: {@code code,name,streetCode,...} for communities,
 * {@code code,name,...} for streets), as shipped from the national division data set.
 */
public final class Divisions {

    public record Division(String code, String name, String parentCode) {
    }

    private Divisions() {
    }

    public static List<Division> read(InputStream in, boolean withParent) {
        List<Division> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                rows.add(new Division(unquote(cells[0]), unquote(cells[1]), withParent ? unquote(cells[2]) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The name people use: 天鹅湖社区 rather than 天鹅湖社区居委会. */
    public static String communityName(String officialName) {
        for (String suffix : new String[] {"居民委员会", "居委会"}) {
            if (officialName.endsWith(suffix) && officialName.length() > suffix.length()) {
                return officialName.substring(0, officialName.length() - suffix.length());
            }
        }
        return officialName;
    }

    /** 镇 and 乡 are towns; everything else at this level is a street office (街道). */
    public static StreetKind streetKind(String name) {
        return name.endsWith("镇") || name.endsWith("乡") ? StreetKind.TOWN : StreetKind.SUBDISTRICT;
    }

    private static String unquote(String cell) {
        String c = cell.strip();
        return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
    }
}
