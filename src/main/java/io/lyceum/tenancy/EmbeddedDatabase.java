package io.lyceum.tenancy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a Lyceum without a configured database, made safe against crashes.
 * PostgreSQL does not notice when the JVM that started it dies (a {@code kill -9}, the out-of-memory
 * killer): the server stays up, holding the data folder, and the next start waited a minute for
 * its own server and gave up. So:
 * <ul>
 * <li>before starting, a postmaster still running on <em>this</em> data folder whose JVM is gone
 * (nobody holds the folder's lock) is stopped with a fast shutdown; a folder in use by a running
 * Lyceum is refused at once, with a message;</li>
 * <li>while running, a small watchdog process waits on a pipe from the JVM; when the pipe closes
 * because the JVM died, it stops the postmaster of this folder (and nothing else).</li>
 * </ul>
 * The data itself is PostgreSQL's business: a fast shutdown is clean, an interrupted one recovers
 * from the write-ahead log at the next start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Waits on stdin (a pipe from the JVM), then stops the postmaster of the folder in $1, if still ours. */
    static final String WATCHDOG = String.join(
            "\n",
            "trap '' INT HUP TERM PIPE",
            "cat > /dev/null 2>&1",
            "pid=$(head -n 1 \"$1/postmaster.pid\" 2>/dev/null) || exit 0",
            "case \"$pid\" in ''|*[!0-9]*) exit 0;; esac",
            "[ \"$(readlink \"/proc/$pid/cwd\")\" = \"$1\" ] || exit 0",
            "kill -INT \"$pid\"",
            "");

    private final EmbeddedPostgres postgres;
    private final @Nullable Process watchdog;

    private EmbeddedDatabase(EmbeddedPostgres postgres, @Nullable Process watchdog) {
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    static EmbeddedDatabase start(Path dataDir, boolean watchdog) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        // PostgreSQL refuses a data folder that others may read or write.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        stopOrphan(dir.toRealPath());
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped by the application context after everything that uses it (listeners that
                // finish their work, the event registry), not by a JVM hook racing them; a JVM that
                // dies without closing it leaves the watchdog to stop it.
                .setRegisterShutdownHook(false)
                .start();
        log.info(
                "Database: embedded PostgreSQL on port {} with data in {} (started in {} ms)",
                postgres.getPort(),
                dir,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedDatabase(postgres, watchdog ? startWatchdog(dir.toRealPath()) : null);
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** The watchdog's process, while it runs. */
    Optional<ProcessHandle> watchdog() {
        return Optional.ofNullable(watchdog).map(Process::toHandle);
    }

    /**
     * Stops a postmaster left running on the folder by a JVM that is gone. Does nothing when there
     * is none, or when the recorded pid is now another process; refuses a folder a live JVM holds.
     */
    static void stopOrphan(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("postgresql.conf"))) {
            return; // a new folder: initdb wants it empty, and nothing can run on it yet
        }
        try (FileChannel channel =
                        FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dir);
            }
        } catch (OverlappingFileLockException heldHere) {
            throw inUse(dir);
        }
        List<String> pidFile;
        try {
            pidFile = Files.readAllLines(dir.resolve("postmaster.pid"));
        } catch (NoSuchFileException none) {
            return;
        }
        if (pidFile.isEmpty() || !pidFile.getFirst().strip().matches("-?\\d+")) {
            return;
        }
        long pid = Math.abs(Long.parseLong(pidFile.getFirst().strip()));
        ProcessHandle process =
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
        if (process == null || !isPostmasterOf(pid, dir, process)) {
            return; // a stale file, which PostgreSQL itself replaces
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) that a previous run left behind on {}", pid, dir);
        signal("-INT", pid);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            log.warn("The left-behind PostgreSQL did not stop in 30 s: immediate shutdown (it recovers at start)");
            signal("-QUIT", pid);
            waitFor(process);
        } catch (Exception e) {
            throw new IOException("Could not stop the left-behind PostgreSQL " + pid, e);
        }
    }

    private static IllegalStateException inUse(Path dir) {
        return new IllegalStateException("The database folder " + dir + " is in use by another Lyceum running on this"
                + " machine. Stop it first, or give this one its own folder (LYCEUM_DATA_DIR).");
    }

    /** Really the postmaster of this folder: its working directory is the folder, its program postgres. */
    private static boolean isPostmasterOf(long pid, Path dir, ProcessHandle process) {
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"));
            return cwd.equals(dir) && process.info().command().orElse("").endsWith("/postgres");
        } catch (IOException | UnsupportedOperationException notReadable) {
            return false;
        }
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void waitFor(ProcessHandle process) throws IOException {
        try {
            process.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("The left-behind PostgreSQL " + process.pid() + " would not stop", e);
        }
    }

    /**
     * A shell in its own session (a signal to the JVM's process group does not reach it) whose
     * stdin is a pipe from this JVM. Its output goes nowhere: writing to a pipe of the dead JVM
     * would end it before it acts.
     */
    private static @Nullable Process startWatchdog(Path dir) {
        try {
            return new ProcessBuilder("setsid", "sh", "-c", WATCHDOG, "lyceum-pg-watchdog", dir.toString())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noShell) {
            log.warn(
                    "No watchdog for the embedded PostgreSQL ({}): if this JVM is killed, the next start stops it",
                    noShell.getMessage());
            return null;
        }
    }

    /** Stops PostgreSQL, then lets the watchdog go (it finds no server of ours left to stop). */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (watchdog != null) {
                try (OutputStream lifeline = watchdog.getOutputStream()) {
                    lifeline.flush();
                } catch (IOException alreadyGone) {
                    // the watchdog ended already
                }
            }
        }
    }
}
