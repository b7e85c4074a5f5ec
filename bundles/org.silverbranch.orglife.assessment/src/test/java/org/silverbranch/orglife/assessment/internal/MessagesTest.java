package org.silverbranch.orglife.assessment.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;
import org.silverbranch.orglife.assessment.internal.rules.SubsidySchedule;

/**
 * Every error and field code the sources use has a message in Chinese and in English: the bundle's own, or the
 * core's. And the bundle's files hold nothing else.
 */
public class MessagesTest {

    /** A code handed to ServiceException or Problems: add("field", "CODE"...), conflict("CODE"...), ... */
    private static final Pattern CODE = Pattern.compile(
            "(?:add|notFound|conflict|badRequest|forbidden)\\((?:[^()\"]*\"[^\"]*\"[^()\"]*,\\s*|[^()\"]*)\"([A-Z][A-Z_]+)\"");
    private static final ResourceBundle CORE_ZH = core(Locale.CHINESE);
    private static final ResourceBundle CORE_EN = core(Locale.ENGLISH);

    private static ResourceBundle core(Locale locale) {
        return ResourceBundle.getBundle("org.silverbranch.core.rest.internal.error.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static boolean has(ResourceBundle bundle, String key) {
        try {
            return !bundle.getString(key).isBlank();
        } catch (MissingResourceException e) {
            return false;
        }
    }

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).endsWith("_")) {  // a prefix completed at run time, listed below
                        codes.add(m.group(1));
                    }
                }
            }
        }
        for (String reason : List.of(SubsidySchedule.NOT_ASSESSED, SubsidySchedule.NOT_SECRETARY,
                SubsidySchedule.ZERO_AMOUNT)) {
            codes.add("MONTH_NOT_DUE_" + reason);
        }
        return codes;
    }

    @Test
    public void everyCodeHasAChineseAndAnEnglishMessage() throws IOException {
        AssessmentMessages messages = new AssessmentMessages();
        Set<String> codes = codesInSources();
        assertTrue(codes.toString(), codes.containsAll(List.of("RATING_EXISTS", "UNKNOWN_CRITERION", "OUT_OF_RANGE",
                "MONTH_ALREADY_PAID", "APPRAISAL_EXISTS", "NO_SECRETARY")));
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            boolean zh = messages.message(code, Locale.CHINESE).isPresent() || has(CORE_ZH, code);
            boolean en = messages.message(code, Locale.ENGLISH).isPresent() || has(CORE_EN, code);
            if (!zh || !en) {
                missing.add(code + (zh ? "" : " zh") + (en ? "" : " en"));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void bothLanguagesHaveTheSameKeys() {
        ResourceBundle zh = ResourceBundle.getBundle(AssessmentMessages.BASE_NAME, Locale.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle en = ResourceBundle.getBundle(AssessmentMessages.BASE_NAME, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(new TreeSet<>(zh.keySet()), new TreeSet<>(en.keySet()));
        assertEquals("星级评定已经确认，不能再修改。",
                new AssessmentMessages().message("RATING_CONFIRMED", Locale.SIMPLIFIED_CHINESE).orElseThrow());
    }
}
