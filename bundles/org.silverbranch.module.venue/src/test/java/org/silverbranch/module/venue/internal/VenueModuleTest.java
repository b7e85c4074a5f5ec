package org.silverbranch.module.venue.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.module.ModuleDescriptor;
import org.silverbranch.core.api.module.ModulePermission;

public class VenueModuleTest {

    private final VenueModule module = new VenueModule("0.1.0.SNAPSHOT");

    @Test
    public void theDescriptorNamesTheModuleAndItsPermissions() {
        ModuleDescriptor d = module.descriptor();

        assertEquals("venue", d.id());
        assertEquals("silverbranch-module-venue", d.featureName());
        assertEquals("活动阵地预约", d.nameZh());
        assertEquals("Venue booking", d.nameEn());
        assertEquals("0.1.0.SNAPSHOT", d.version());
        assertEquals(Set.of("venue.read", "venue.venues.manage", "venue.bookings.manage", "venue.bookings.approve"),
                d.permissions().stream().map(ModulePermission::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(Role.STREET_ADMIN), Permissions.BOOKINGS_APPROVE.roles());
        assertTrue(Permissions.READ.grantedTo(new Caller("v", Role.VIEWER, "230109002", null)));
        assertFalse(Permissions.BOOKINGS_MANAGE.grantedTo(new Caller("a", Role.AUDITOR, null, null)));
        assertTrue(Permissions.BOOKINGS_MANAGE.grantedTo(new Caller("s", Role.BRANCH_SECRETARY, "230109002", 11L)));
        assertTrue(Permissions.VENUES_MANAGE.grantedTo(Caller.system("test")));
    }

    @Test
    public void messagesInChineseByDefaultAndInEnglish() {
        assertEquals(Optional.of("这个时段已经被预约了，请选择其他时间。"), module.message("BOOKING_CONFLICT", Locale.CHINESE));
        assertEquals(Optional.of("这个时段已经被预约了，请选择其他时间。"),
                module.message("BOOKING_CONFLICT", Locale.forLanguageTag("zh-CN")));
        assertTrue(module.message("OVER_QUOTA", Locale.ENGLISH).orElseThrow().startsWith("The weekly number"));
        assertTrue(module.message("OVER_QUOTA", Locale.FRENCH).orElseThrow().startsWith("本周"));
        assertEquals(Optional.empty(), module.message("STALE_VERSION", Locale.CHINESE));  // the core's own
        assertEquals(Optional.empty(), module.message(null, Locale.CHINESE));
        assertEquals(Optional.of("This time is already booked (2026-11-06 09:00-10:00 is taken). Please choose another time."),
                new ModuleMessages().format("BOOKING_CONFLICT", java.util.List.of("2026-11-06", "09:00", "10:00"),
                        Locale.ENGLISH));
    }

    /** Every code the module's code throws or reports has a message in both languages, in the core's format. */
    @Test
    public void everyCodeOfTheModuleHasBothMessages() throws IOException {
        Properties zh = load("messages_zh.properties");
        Properties en = load("messages_en.properties");
        assertEquals("the same keys in both languages", new TreeSet<>(zh.stringPropertyNames()),
                new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            for (Properties p : new Properties[] {zh, en}) {
                new MessageFormat(p.getProperty(key));  // a stray apostrophe or brace fails here
            }
        }
        Set<String> core = Set.of("VALIDATION_FAILED", "REQUIRED", "TOO_LONG", "TOO_MANY_ITEMS", "OUT_OF_RANGE",
                "INVALID_VALUE", "UNKNOWN_MEMBER", "MEMBER_NOT_ACTIVE", "COMMUNITY_NOT_IN_STREET", "UNKNOWN_BRANCH",
                "BRANCH_NOT_IN_STREET", "NOT_A_BRANCH", "BRANCH_NOT_ACTIVE", "STALE_VERSION", "CONSTRAINT_VIOLATION",
                "CONFLICT", "FORBIDDEN", "MEMBER_NOT_FOUND", "BODY_REQUIRED", "UNAUTHORIZED", "STREET_NOT_FOUND",
                "UNKNOWN_STREET");
        Set<String> used = codesInSources();
        assertTrue("found codes in the sources: " + used, used.size() > 30);
        for (String code : used) {
            if (!core.contains(code)) {
                assertTrue("no Chinese message for " + code, zh.containsKey(code));
                assertTrue("module.message answers " + code, module.message(code, Locale.ENGLISH).isPresent());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VenueModule.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The upper-case codes passed to ServiceException, Problems and FieldProblem in the module's main sources. */
    private static Set<String> codesInSources() throws IOException {
        Pattern literal = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        // audit actions and ledger kinds, not message codes
        codes.removeAll(Set.of("VENUE_BOOKING", "VENUE_NO_SHOW", "VENUE_CREATE", "VENUE_UPDATE", "BOOKING_CREATE",
                "BOOKING_APPROVE", "BOOKING_REJECT", "BOOKING_CANCEL", "BOOKING_CHECK_IN", "BOOKING_NO_SHOW"));
        return codes;
    }
}
