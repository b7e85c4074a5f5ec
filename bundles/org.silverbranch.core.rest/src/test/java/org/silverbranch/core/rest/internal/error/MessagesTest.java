package org.silverbranch.core.rest.internal.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.Test;

public class MessagesTest {

    /** Every code the API, the services and this bundle use. */
    static final List<String> CODES = List.of(
            // whole request
            "VALIDATION_FAILED", "MALFORMED_JSON", "BODY_REQUIRED", "BAD_REQUEST", "NOT_FOUND", "STREET_NOT_FOUND",
            "ORGANIZATION_NOT_FOUND", "MEMBER_NOT_FOUND", "LEADER_NOT_FOUND", "DUPLICATE_ID_NUMBER", "STALE_VERSION",
            "POSITION_OCCUPIED", "MEMBER_NOT_IN_ORGANIZATION", "MEMBER_NOT_ACTIVE", "SAME_BRANCH",
            "ORGANIZATION_HAS_MEMBERS", "INVALID_CREDENTIALS", "UNAUTHORIZED", "FORBIDDEN", "METHOD_NOT_ALLOWED",
            "UNSUPPORTED_MEDIA_TYPE", "NOT_ACCEPTABLE", "PAYLOAD_TOO_LARGE", "CONSTRAINT_VIOLATION", "CONFLICT",
            "SERVICE_UNAVAILABLE", "REQUEST_FAILED", "INTERNAL_ERROR",
            // one field
            "REQUIRED", "TOO_LONG", "TOO_MANY_ITEMS", "OUT_OF_RANGE", "INVALID_VALUE", "UNKNOWN_FIELD",
            "INVALID_ID_NUMBER", "ID_NUMBER_BIRTH_DATE_MISMATCH", "INVALID_PHONE", "DATE_IN_FUTURE", "DATE_BEFORE",
            "INVALID_CODE", "UNKNOWN_COMMUNITY", "COMMUNITY_NOT_IN_STREET", "UNKNOWN_BRANCH", "NOT_A_BRANCH",
            "BRANCH_NOT_ACTIVE", "BRANCH_NOT_IN_STREET", "BRANCH_WITHOUT_COMMUNITY", "UNKNOWN_PARENT",
            "PARENT_NOT_IN_STREET", "INVALID_PARENT_TYPE", "PARENT_NOT_ACTIVE", "PARENT_CYCLE",
            "ORGANIZATION_NOT_ACTIVE", "UNKNOWN_MEMBER", "STATUS_VIA_TRANSFER", "USE_TRANSFER", "INVALID_PAGE",
            "INVALID_PAGE_SIZE", "INVALID_SORT");

    private final Messages messages = new Messages();

    @Test
    public void everyCodeHasAChineseAndAnEnglishMessage() {
        List<String> missing = new ArrayList<>();
        for (String code : CODES) {
            if (!messages.has(Messages.CHINESE, code)) {
                missing.add(code + " (zh)");
            }
            if (!messages.has(Messages.ENGLISH, code)) {
                missing.add(code + " (en)");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("zh").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    public void everyPatternFormatsWithoutLeftoverPlaceholders() throws IOException {
        for (String language : List.of("zh", "en")) {
            Properties properties = load(language);
            for (String key : properties.stringPropertyNames()) {
                String code = key.replaceFirst("\\.\\d+$", "");
                int args = key.matches(".*\\.\\d+$") ? Integer.parseInt(key.substring(key.lastIndexOf('.') + 1)) : 0;
                List<String> values = new ArrayList<>();
                for (int i = 0; i < args; i++) {
                    values.add("V" + i);
                }
                String message = messages.message(Locale.forLanguageTag(language), code, values, 400);
                assertFalse(key + ": " + message, message.isBlank() || message.contains("{"));
                // MessageFormat would swallow a single apostrophe
                assertFalse(key, properties.getProperty(key).contains("'"));
            }
        }
    }

    @Test
    public void languageFollowsAcceptLanguage() {
        assertEquals(Messages.CHINESE, Messages.languageFor(null));
        assertEquals(Messages.CHINESE, Messages.languageFor(""));
        assertEquals(Messages.CHINESE, Messages.languageFor("fr-FR,de;q=0.5"));
        assertEquals(Messages.CHINESE, Messages.languageFor("not a header;;;q=x"));
        assertEquals(Messages.ENGLISH, Messages.languageFor("en-US"));
        assertEquals(Messages.ENGLISH, Messages.languageFor("fr;q=0.9,en-GB;q=0.8,zh;q=0.1"));
        assertEquals(Messages.CHINESE, Messages.languageFor("zh-Hans-CN,en;q=0.8"));
    }

    @Test
    public void missingArgumentsNeverShowAsPlaceholders() {
        String message = messages.message(Messages.ENGLISH, "TOO_LONG", List.of(), 400);

        assertEquals("This is too long. Please shorten it.", message);
        assertTrue(messages.message(Messages.CHINESE, "NO_SUCH_CODE", List.of("x"), 418).length() > 0);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    public void aBundlesOwnFieldLabelsNameItsFieldsInItsMessages() {
        Messages withBundle = new Messages((code, language) -> switch (code) {
            case "APPRAISED_TOO_LATE" -> java.util.Optional.of(language.equals(Locale.ENGLISH)
                    ? "The {0} is too late." : "{0}太晚了。");
            case "field.appraisedOn" -> java.util.Optional.of(language.equals(Locale.ENGLISH)
                    ? "date of appraisal" : "评议日期");
            default -> java.util.Optional.empty();
        });
        assertEquals("评议日期太晚了。",
                withBundle.message(Messages.CHINESE, "APPRAISED_TOO_LATE", List.of("appraisedOn"), 400));
        assertEquals("The date of appraisal is too late.",
                withBundle.message(Messages.ENGLISH, "APPRAISED_TOO_LATE", List.of("appraisedOn"), 400));
        // the core's own labels come first
        assertEquals("出生日期太晚了。",
                withBundle.message(Messages.CHINESE, "APPRAISED_TOO_LATE", List.of("birthDate"), 400));
    }
}
