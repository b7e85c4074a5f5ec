package org.silverbranch.module.volunteer.internal;

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

public class VolunteerModuleTest {

    private final VolunteerModule module = new VolunteerModule("0.1.0.SNAPSHOT");

    @Test
    public void theDescriptorNamesTheModuleAndItsPermissions() {
        ModuleDescriptor d = module.descriptor();

        assertEquals("volunteer", d.id());
        assertEquals("silverbranch-module-volunteer", d.featureName());
        assertEquals("志愿服务队", d.nameZh());
        assertEquals("Volunteer teams", d.nameEn());
        assertEquals("0.1.0.SNAPSHOT", d.version());
        assertEquals(Set.of("volunteer.read", "volunteer.teams.manage", "volunteer.shifts.manage",
                "volunteer.signups.manage", "volunteer.hours.approve"),
                d.permissions().stream().map(ModulePermission::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY), Permissions.HOURS_APPROVE.roles());
        assertTrue(Permissions.READ.grantedTo(new Caller("v", Role.VIEWER, "230109002", null)));
        assertFalse(Permissions.TEAMS_MANAGE.grantedTo(new Caller("a", Role.AUDITOR, null, null)));
        assertTrue(Permissions.HOURS_APPROVE.grantedTo(Caller.system("test")));
    }

    @Test
    public void messagesInChineseByDefaultAndInEnglish() {
        assertEquals(Optional.of("这个班次的名额已经报满了，请选择其他班次，或请队长增加名额。"),
                module.message("SHIFT_FULL", Locale.CHINESE));
        assertEquals(Optional.of("这个班次的名额已经报满了，请选择其他班次，或请队长增加名额。"),
                module.message("SHIFT_FULL", Locale.forLanguageTag("zh-CN")));
        assertTrue(module.message("SHIFT_OVERLAP", Locale.ENGLISH).orElseThrow().startsWith("This volunteer"));
        assertTrue(module.message("SHIFT_OVERLAP", Locale.FRENCH).orElseThrow().startsWith("这名志愿者"));
        assertEquals(Optional.empty(), module.message("STALE_VERSION", Locale.CHINESE));  // the core's own
        assertEquals(Optional.empty(), module.message(null, Locale.CHINESE));
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
                "CONFLICT", "FORBIDDEN", "MEMBER_NOT_FOUND", "BODY_REQUIRED", "UNAUTHORIZED", "STREET_NOT_FOUND");
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
        try (InputStream in = VolunteerModule.class.getResourceAsStream(name)) {
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
        codes.removeAll(Set.of("VOLUNTEER_HOURS"));  // the ledger kind, not a message code
        return codes;
    }
}
