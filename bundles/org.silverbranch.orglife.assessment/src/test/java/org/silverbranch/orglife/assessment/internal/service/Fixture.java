package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.assessment.internal.AssessmentConfiguration;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.FakeAudit;
import org.silverbranch.orglife.assessment.internal.FakeCore;
import org.silverbranch.orglife.assessment.internal.TestClock;
import org.silverbranch.orglife.assessment.internal.TestDatabase;

/**
 * The bundle's services on a real database with the core faked, wired as DS would wire them, with the district
 * settings at their shipped defaults. Each test class makes its own fixture (its own database).
 */
public final class Fixture implements AutoCloseable {

    public static final Caller DISTRICT = new Caller("district-admin", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("taiyangdao-admin", Role.STREET_ADMIN, FakeCore.TAIYANGDAO, null);
    public static final Caller SONGBEI_ADMIN = new Caller("songbei-admin", Role.STREET_ADMIN, FakeCore.SONGBEI, null);
    public static final Caller VIEWER = new Caller("taiyangdao-viewer", Role.VIEWER, FakeCore.TAIYANGDAO, null);
    /** The secretary of 天鹅湖's branch. */
    public static final Caller SECRETARY = new Caller("tianehu-secretary", Role.BRANCH_SECRETARY,
            FakeCore.TAIYANGDAO, FakeCore.TIANEHU_BRANCH);
    /** Today in the tests: 2026-12-20, 10:00 in Harbin (appraisal season). */
    public static final LocalDateTime START = LocalDateTime.of(2026, 12, 20, 10, 0);

    public final TestDatabase db = new TestDatabase();
    public final FakeCore core = new FakeCore();
    public final FakeAudit audit = new FakeAudit();
    public final TestClock clock = new TestClock(START);
    public final AssessmentSettings settings = new AssessmentSettings(defaults());
    /** Figures other bundles would give: key → organization → figure. */
    public final Map<String, Map<Long, BranchFigure>> figures = new ConcurrentHashMap<>();
    public final SecretaryInPlaceSource secretaryInPlace = new SecretaryInPlaceSource(core.organizations, clock);
    public final AppraisalServiceImpl appraisals = new AppraisalServiceImpl(db, core.organizations, core.members,
            audit, clock);
    public final StarRatingServiceImpl ratings = new StarRatingServiceImpl(db, core.organizations, core.members,
            audit, settings, List.of(secretaryInPlace), clock);
    public final SecretaryAssessmentServiceImpl secretaries = new SecretaryAssessmentServiceImpl(db,
            core.organizations, core.members, audit, settings, clock);
    public final AssessmentLedger ledger = new AssessmentLedger(db);

    /** The configuration with every attribute at its default, as DS gives it without a configuration file. */
    public static AssessmentConfiguration defaults() {
        return (AssessmentConfiguration) Proxy.newProxyInstance(AssessmentConfiguration.class.getClassLoader(),
                new Class<?>[] {AssessmentConfiguration.class}, (proxy, method, args) -> method.getDefaultValue());
    }

    /** Registers sources for the keys of {@link #figures} (plus SECRETARY_IN_PLACE), as other bundles would. */
    public void registerSources(String... keys) {
        List<BranchFigureSource> sources = new ArrayList<>();
        sources.add(secretaryInPlace);
        for (String key : keys) {
            figures.putIfAbsent(key, new ConcurrentHashMap<>());
            sources.add(new BranchFigureSource() {
                @Override
                public String key() {
                    return key;
                }

                @Override
                public Optional<BranchFigure> figure(Caller caller, long organizationId, int year) {
                    return Optional.ofNullable(figures.get(key).get(organizationId));
                }
            });
        }
        ratings.setSources(sources);
    }

    /** Runs the call and returns the ServiceException it must throw, checking its kind and code. */
    public static ServiceException fails(ErrorKind kind, String code, Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            assertEquals(e.toString() + " " + e.fields(), kind, e.kind());
            assertEquals(e.toString() + " " + e.fields(), code, e.code());
            return e;
        }
        fail("expected " + code);
        return null;
    }

    /** The field problems of an exception as "field:code". */
    public static List<String> fields(ServiceException e) {
        return e.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
