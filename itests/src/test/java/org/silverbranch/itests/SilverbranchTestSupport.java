package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Base of the Pax Exam tests: boots the distribution this build made (not a feature list assembled here), one
 * container per test class, on that class's own {@link Ports}. Test methods run inside the container; they reach
 * the platform over HTTP ({@link #api()}), through the shell ({@link #executeCommand}) or the {@link BundleContext}.
 * <p>
 * System properties (failsafe sets the first two):
 * <ul>
 *   <li>{@code silverbranch.distribution}: the tar.gz to boot; default {@code ../distribution/target/silverbranch-*.tar.gz}</li>
 *   <li>{@code maven.repo.local}: the build's local repository, the container's only Maven repository</li>
 *   <li>{@code silverbranch.itests.keep=true}: keep {@code target/exam/<uuid>} (look at {@code data/log/karaf.log})</li>
 * </ul>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class SilverbranchTestSupport {

    /** What the karaf-maven-plugin puts in {@code lib/endorsed}; failsafe passes the build's version. */
    private static final String KARAF_VERSION = System.getProperty("karaf.version", "4.4.10");
    private static final Duration API_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BUNDLE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    /** This class's ports; must be the same constant in the test JVM and in the container. */
    protected abstract Ports ports();

    /** Extra options of one test class (features to install, configuration); none by default. */
    protected Option[] additionalOptions() {
        return new Option[0];
    }

    @Configuration
    public Option[] config() {
        Ports ports = ports();
        String localRepository = System.getProperty("maven.repo.local",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
        Path distribution = distribution();
        System.out.println(getClass().getSimpleName() + " boots " + distribution);
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(distribution.toUri().toString())
                        .name("Silverbranch")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                when(Boolean.getBoolean("silverbranch.itests.keep")).useOptions(keepRuntimeFolder()),
                java17Flags(),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        String.valueOf(ports.http())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ports.ssh())),
                // No rmiRegistryPort/rmiServerPort here: Pax Exam 4.14 sets both in org.apache.karaf.management.cfg
                // to free ports of its own (its RMI registry talks to the probe) and its values replace ours.
                // Offline: Pax Exam's own "exam" feature comes from the build's local repository, nothing remote.
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
                composite(additionalOptions()));
    }

    /**
     * The JVM flags {@code bin/karaf} passes on Java 9+ (Karaf 4.4.10, {@code bin/karaf} lines 305-325): Pax Exam
     * 4.14 passes none of them, and without the two {@code --patch-module} the container never comes up
     * (STACK pitfall 10). The working directory of the container is the Karaf base, so the paths are relative.
     */
    private static Option java17Flags() {
        List<String> flags = List.of(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF_VERSION + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED");
        return composite(flags.stream().map(f -> vmOption(f)).toArray(Option[]::new));
    }

    /** The distribution archive to boot (in the test JVM only). */
    static Path distribution() {
        String configured = System.getProperty("silverbranch.distribution");
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            Path path = Paths.get(configured);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("silverbranch.distribution does not exist: " + path);
            }
            return path.toAbsolutePath();
        }
        // Run from an IDE: the archive the last build of ../distribution made.
        Path target = Paths.get("..", "distribution", "target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("silverbranch-.*\\.tar\\.gz"))
                    .findFirst().map(Path::toAbsolutePath)
                    .orElseThrow(() -> new IllegalStateException("no silverbranch-*.tar.gz in " + target.toAbsolutePath()
                            + "; build the distribution or set -Dsilverbranch.distribution"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target.toAbsolutePath(), e);
        }
    }

    // ---------------------------------------------------------------- HTTP

    /**
     * The password the harness gives {@code admin}: the generated first-start password must be changed before any
     * other request is answered (403 PASSWORD_CHANGE_REQUIRED), so {@link #waitForApi()} changes it to this one.
     */
    protected static final String ADMIN_PASSWORD = "Harbin-Songbei-2026!";

    /** Set once the container's admin password is {@link #ADMIN_PASSWORD} (test methods run in the container). */
    private static volatile boolean adminPasswordChanged;

    /** The REST API as {@code admin} with {@link #ADMIN_PASSWORD}. Waits for the API (and changes the password) first. */
    protected ApiClient api() {
        waitForApi();
        return anonymousApi().as("admin", ADMIN_PASSWORD);
    }

    /** The REST API without credentials (does not wait). */
    protected ApiClient anonymousApi() {
        return ApiClient.forPort(ports().http());
    }

    /**
     * Waits until the core API serves admin: first the first-start password is changed to {@link #ADMIN_PASSWORD}
     * ({@code POST /auth/password} answers 404 until the core resources are published), then
     * {@code GET /api/v1/streets} must answer 200; at most 60 s, then fails with what was last seen.
     */
    protected void waitForApi() {
        long deadline = System.nanoTime() + API_TIMEOUT.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                if (!adminPasswordChanged) {
                    if (Files.isRegularFile(adminPasswordFile())) {
                        ApiClient.Response r = changeInitialAdminPassword(anonymousApi(), initialAdminPassword(),
                                ADMIN_PASSWORD);
                        adminPasswordChanged = r.status() == 204;
                        last = r.toString();
                    } else {
                        last = "no " + adminPasswordFile();
                    }
                }
                if (adminPasswordChanged) {
                    ApiClient.Response r = anonymousApi().as("admin", ADMIN_PASSWORD).get("/streets");
                    if (r.status() == 200) {
                        return;
                    }
                    last = r.toString();
                }
            } catch (UncheckedIOException e) {
                last = e.getMessage();
            }
            sleep(250);
        }
        fail("API not ready after " + API_TIMEOUT.toSeconds() + " s: " + last);
    }

    /** {@code POST /auth/password} as admin with the initial password: 204 once done, 404 before the API is up. */
    static ApiClient.Response changeInitialAdminPassword(ApiClient anonymous, String initial, String newPassword) {
        return anonymous.as("admin", initial).post("/auth/password", ApiClient.JSON.createObjectNode()
                .put("oldPassword", initial).put("newPassword", newPassword));
    }

    /** {@code ${karaf.data}/initial-admin-password}, written on first start, deleted once its password is changed. */
    protected static Path adminPasswordFile() {
        return Paths.get(System.getProperty("karaf.data"), "initial-admin-password");
    }

    /** admin's password once {@link #waitForApi()} (or {@link #api()}) has run: {@link #ADMIN_PASSWORD}. */
    protected static String adminPassword() {
        return ADMIN_PASSWORD;
    }

    /** The password the platform generated for {@code admin} on first start, trimmed (while its file exists). */
    protected static String initialAdminPassword() {
        try {
            return Files.readString(adminPasswordFile(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + adminPasswordFile(), e);
        }
    }

    // ---------------------------------------------------------------- OSGi

    /** The bundle with this symbolic name, waiting up to 60 s for it to be installed. */
    protected Bundle bundle(String symbolicName) {
        long deadline = System.nanoTime() + BUNDLE_TIMEOUT.toNanos();
        while (true) {
            for (Bundle b : bundleContext.getBundles()) {
                if (symbolicName.equals(b.getSymbolicName())) {
                    return b;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("bundle " + symbolicName + " not installed after " + BUNDLE_TIMEOUT.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    /** Asserts the bundle gets ACTIVE within 60 s (boot features may still be starting when a test begins). */
    protected void assertBundleActive(String symbolicName) {
        Bundle bundle = bundle(symbolicName);
        long deadline = System.nanoTime() + BUNDLE_TIMEOUT.toNanos();
        while (bundle.getState() != Bundle.ACTIVE && System.nanoTime() < deadline) {
            sleep(200);
        }
        assertEquals(symbolicName + " state (32 = ACTIVE, 4 = RESOLVED, 2 = INSTALLED)", Bundle.ACTIVE,
                bundle.getState());
    }

    // ---------------------------------------------------------------- shell

    /**
     * Runs a Karaf shell command as district IT at the console would (user {@code karaf}, roles admin, manager,
     * viewer, systembundles) and returns what it printed. Waits up to 30 s for the command to be registered,
     * since a command appears only once the services it needs are up. A failing command throws, with its message.
     */
    protected String executeCommand(String command) {
        return executeCommandAs(command, "karaf", "admin", "manager", "viewer", "systembundles");
    }

    /** Like {@link #executeCommand}, as a console user with only the given roles. */
    protected String executeCommandAs(String command, String user, String... roles) {
        waitForCommand(command);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        ExecutorService shell = Executors.newSingleThreadExecutor();
        Future<String> result = shell.submit(() -> Subject.doAs(subject, (PrivilegedExceptionAction<String>) () -> {
            try (Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), print, print)) {
                Object value = session.execute(command);
                if (value != null) {
                    session.getConsole().println(value);
                }
                print.flush();
                return out.toString(StandardCharsets.UTF_8);
            }
        }));
        try {
            String printed = result.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            System.err.println("karaf@silverbranch> " + command + "\n" + printed); // lands in failsafe's *-output.txt
            return printed;
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("'" + command + "' did not finish in " + COMMAND_TIMEOUT.toSeconds() + " s; printed: "
                    + out.toString(StandardCharsets.UTF_8));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.security.PrivilegedActionException p ? p.getCause() : e.getCause();
            throw new CommandFailure(command, cause, out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            shell.shutdownNow();
        }
    }

    /** A shell command that failed: {@link #getMessage()} is what the console would print in red. */
    public static final class CommandFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String printed;

        CommandFailure(String command, Throwable cause, String printed) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
            this.printed = printed;
        }

        public String printed() {
            return printed;
        }
    }

    private void waitForCommand(String command) {
        String name = command.strip().split("\\s+", 2)[0];
        int colon = name.indexOf(':');
        String scope = colon > 0 ? name.substring(0, colon) : "*";
        String function = colon > 0 ? name.substring(colon + 1) : name;
        long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
        while (sessionFactory.getRegistry().getCommand(scope, function) == null) {
            if (System.nanoTime() > deadline) {
                fail("command " + name + " not registered after " + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
