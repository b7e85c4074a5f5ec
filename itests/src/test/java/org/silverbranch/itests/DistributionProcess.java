package org.silverbranch.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The distribution unpacked into a directory and run as {@code bin/karaf server}, the way district IT runs it,
 * outside Pax Exam. {@link #close()} always leaves no process behind.
 */
public final class DistributionProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final Ports ports;
    private Process process;
    private int starts;

    private DistributionProcess(Path home, Ports ports) {
        this.home = home;
        this.ports = ports;
    }

    /** Unpacks {@code archive} into a fresh {@code directory} and sets the ports in {@code etc/}. */
    public static DistributionProcess unpack(Path archive, Path directory, Ports ports) throws IOException, InterruptedException {
        directory = directory.toAbsolutePath();
        deleteRecursively(directory);
        Files.createDirectories(directory);
        // tar keeps the executable bits of bin/*
        run(directory, "tar", "xzf", archive.toAbsolutePath().toString(), "--strip-components=1");
        DistributionProcess d = new DistributionProcess(directory, ports);
        d.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", ports.http());
        d.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", ports.ssh());
        d.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", ports.rmiRegistry());
        d.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", ports.rmiServer());
        return d;
    }

    public Path home() {
        return home;
    }

    public Path data() {
        return home.resolve("data");
    }

    /** How many times {@link #start()} was called. */
    public int starts() {
        return starts;
    }

    public ApiClient api() {
        return ApiClient.forPort(ports.http());
    }

    /** Starts {@code bin/karaf server} with this JVM's Java; console output goes to {@code console-N.log}. */
    public void start() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException("already running: pid " + process.pid());
        }
        starts++;
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console-" + starts + ".log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("SILVERBRANCH_HTTP_PORT");
        process = pb.start();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops with {@code bin/stop} and waits for the JVM to exit; kills it after 60 s. Returns whether it stopped by itself. */
    public boolean stop() throws IOException, InterruptedException {
        if (!isRunning()) {
            return true;
        }
        Process stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("stop-" + starts + ".log").toFile()).start();
        stop.waitFor(30, TimeUnit.SECONDS);
        stop.destroyForcibly();
        if (process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            return true;
        }
        kill();
        return false;
    }

    /** Kills the JVM and anything it started. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            all.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What {@code data/log/karaf.log} ends with, for failure messages. */
    public String logTail(int lines) {
        Path log = data().resolve("log/karaf.log");
        try {
            if (!Files.exists(log)) {
                return "(no " + log + ")";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            kill();
        }
    }

    /** Sets {@code key = value} in a {@code .cfg} file, replacing the line that sets it or appending one. */
    void setProperty(String file, String key, Object value) throws IOException {
        Path cfg = home.resolve(file);
        String text = Files.exists(cfg) ? Files.readString(cfg, StandardCharsets.ISO_8859_1) : "";
        Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        String setting = key + " = " + value;
        Matcher m = line.matcher(text);
        text = m.find() ? m.replaceFirst(Matcher.quoteReplacement(setting))
                : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + setting + "\n";
        Files.writeString(cfg, text, StandardCharsets.ISO_8859_1);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
