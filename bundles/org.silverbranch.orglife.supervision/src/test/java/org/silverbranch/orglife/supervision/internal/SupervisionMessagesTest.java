package org.silverbranch.orglife.supervision.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/** Every code this bundle defines has a Chinese and an English message, and the languages are not mixed up. */
public class SupervisionMessagesTest {

    /** Codes the core already answers (core.rest's messages). */
    private static final Set<String> CORE = Set.of("VALIDATION_FAILED", "REQUIRED", "TOO_LONG", "TOO_MANY_ITEMS",
            "INVALID_VALUE", "DATE_IN_FUTURE", "BODY_REQUIRED", "FORBIDDEN", "STALE_VERSION", "NOT_A_BRANCH",
            "BRANCH_NOT_ACTIVE", "MEMBER_NOT_IN_ORGANIZATION", "MEMBER_NOT_ACTIVE", "ORGANIZATION_NOT_FOUND",
            "STREET_NOT_FOUND", "INVALID_PERIOD", "UNAUTHORIZED");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]{4,})\"");

    private final SupervisionMessages messages = new SupervisionMessages();

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        codes.removeIf(c -> c.startsWith("INSPECTION_") && !c.endsWith("NOT_FOUND") || c.startsWith("RECTIFICATION_")
                && !c.endsWith("NOT_FOUND") && !c.endsWith("CLOSED"));  // audit action names, not error codes
        codes.removeIf(c -> c.equals("OWNER") || c.equals("UNIT") || c.equals("FOLDER"));
        return codes;
    }

    @Test
    public void everyOwnCodeHasBothLanguages() throws IOException {
        Set<String> own = codesInSources();
        own.removeAll(CORE);
        assertTrue(own.toString(), own.containsAll(Set.of("DEADLINE_BEFORE_INSPECTION", "RECTIFICATION_CLOSED",
                "INSPECTION_NOT_FOUND", "RECTIFICATION_NOT_FOUND", "OWNER_REQUIRED", "COMPLETED_BEFORE_INSPECTION")));
        for (String code : own) {
            assertTrue(code + " zh", messages.message(code, Locale.CHINESE).isPresent());
            assertTrue(code + " en", messages.message(code, Locale.ENGLISH).isPresent());
        }
    }

    @Test
    public void chineseIsTheDefaultLanguage() {
        assertEquals("整改期限不能早于督查日期。", messages.message("DEADLINE_BEFORE_INSPECTION", null).orElseThrow());
        assertEquals("The deadline cannot be before the inspection date.",
                messages.message("DEADLINE_BEFORE_INSPECTION", Locale.ENGLISH).orElseThrow());
        assertTrue(messages.message("NO_SUCH_CODE", Locale.ENGLISH).isEmpty());
    }
}
