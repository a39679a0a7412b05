package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.lyceum.LyceumApplication;
import io.lyceum.RawHttp;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out-of-the-box set-up survives its JVM being killed ({@code kill -9}): the embedded
 * PostgreSQL does not stay behind holding the data folder, and the next start is ready with all the
 * data, whether the watchdog stopped the server or the next start had to.
 */
class EmbeddedDatabaseCrashTest {

    /** The tests' own classpath, resolved and without duplicates (surefire hands the JVM a manifest jar). */
    private static final String CLASSPATH = new ClassGraph()
            .getClasspathFiles().stream().map(File::getPath).distinct().collect(Collectors.joining(File.pathSeparator));

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    /** A Lyceum in a JVM of its own, as {@code ./mvnw spring-boot:run} starts it. */
    private record Instance(Process process, int port, long readyMillis) {}

    private Instance start(Path dataDir, String name) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                CLASSPATH,
                LyceumApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=",
                "--lyceum.embedded-db.data-dir=" + dataDir,
                "--lyceum.demo=false",
                "--lyceum.admin.email=staff@crash.test",
                "--lyceum.admin.password=crash-test-2026",
                "--lyceum.base-domain=lyceum.localhost:" + port));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
        var http = new RawHttp(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("%s stopped; its log: %s", name, log(name))
                    .isTrue();
            try {
                if (http.get("lyceum.localhost", "/actuator/health", "").status() == 200) {
                    long ready = (System.nanoTime() - started) / 1_000_000;
                    System.out.printf("%s ready in %d ms%n", name, ready);
                    return new Instance(process, port, ready);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " was not ready in 120 s; its log: " + log(name));
    }

    private String log(String name) throws IOException {
        var lines = Files.readAllLines(work.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
                .filter(ProcessHandle::isAlive);
    }

    private static void mark(Path dataDir, String table) throws Exception {
        int port = Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip());
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                var statement = db.createStatement()) {
            statement.execute(
                    "create table public." + table + " (kept int); insert into public." + table + " values (42)");
        }
    }

    private static int marked(Path dataDir, String table) throws Exception {
        int port = Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip());
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                var result = db.createStatement().executeQuery("select kept from public." + table)) {
            return result.next() ? result.getInt(1) : -1;
        }
    }

    private static void stop(Instance instance) throws InterruptedException {
        instance.process().destroy();
        if (!instance.process().waitFor(60, TimeUnit.SECONDS)) {
            instance.process().destroyForcibly();
        }
    }

    @Test
    void after_a_kill_the_watchdog_stops_postgres_and_the_next_start_has_the_data() throws Exception {
        Path dataDir = work.resolve("pg-watched");
        Instance first = start(dataDir, "first");
        mark(dataDir, "before_the_kill");
        ProcessHandle server = postmaster(dataDir).orElseThrow();

        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(server.onExit().get(20, TimeUnit.SECONDS).isAlive())
                .as("postgres after its JVM died")
                .isFalse();

        Instance second = start(dataDir, "second");
        assertThat(marked(dataDir, "before_the_kill")).isEqualTo(42);
        System.out.printf(
                "start after a kill (watchdog): %d ms, first start %d ms%n", second.readyMillis(), first.readyMillis());
        stop(second);
        assertThat(postmaster(dataDir)).as("postgres after a normal stop").isEmpty();
    }

    @Test
    void a_server_left_behind_with_its_watchdog_gone_is_stopped_by_the_next_start() throws Exception {
        Path dataDir = work.resolve("pg-orphaned");
        Instance first = start(dataDir, "orphaning");
        mark(dataDir, "orphaned");
        ProcessHandle server = postmaster(dataDir).orElseThrow();
        // As if the whole machine's processes were killed but PostgreSQL: the watchdog first, then the JVM.
        first.process()
                .toHandle()
                .descendants()
                .filter(child ->
                        child.info().arguments().map(List::of).orElse(List.of()).contains("lyceum-pg-watchdog"))
                .forEach(ProcessHandle::destroyForcibly);
        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(1000);
        assertThat(server.isAlive()).as("postgres left behind").isTrue();

        Instance next = start(dataDir, "recovering");
        assertThat(server.isAlive()).as("the left-behind postgres").isFalse();
        assertThat(marked(dataDir, "orphaned")).isEqualTo(42);
        System.out.printf(
                "start with a left-behind postgres: %d ms, first start %d ms%n",
                next.readyMillis(), first.readyMillis());
        stop(next);
    }
}
