package org.linkwork.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL that an earlier Linkwork process left running on its data directory. The
 * postmaster runs apart from the JVM that started it, so when that JVM ends without closing its
 * application context (killed, or halted after a training start for the ahead-of-time cache) the
 * postmaster goes on, and the next start could not start its own on the same data. It is stopped only
 * when no live process holds the data directory's lock, so a database in use is never touched.
 */
final class LeftoverPostmaster {

    /** The lock file the embedded PostgreSQL library holds on a data directory while it is in use. */
    static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    /**
     * Stops the postmaster recorded in the data directory when it still runs and nobody holds the
     * directory; does nothing otherwise.
     *
     * @throws IOException when a leftover postmaster did not stop within {@code patience}
     */
    static void stopIfAny(Path dataDirectory, Duration patience) throws IOException {
        Optional<ProcessHandle> postmaster = running(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                return;
            }
            ProcessHandle process = postmaster.get();
            log.warn("Stopping the embedded PostgreSQL (process {}) left running on {} by an earlier process",
                    process.pid(), dataDirectory);
            // SIGTERM: PostgreSQL's smart shutdown, which finishes at once as the sessions of the process
            // that started it ended with it.
            process.destroy();
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("The embedded PostgreSQL left running on " + dataDirectory + " did not stop within "
                    + patience.toSeconds() + " s; stop it, then start Linkwork again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping a leftover embedded PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not wait for a leftover embedded PostgreSQL to stop", e);
        }
    }

    /**
     * The postmaster that the data directory's {@code postmaster.pid} names, if it runs and is PostgreSQL
     * on this directory (a number in an old file may since belong to another process).
     */
    static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of())
                        .contains(dataDirectory.toAbsolutePath().toString()));
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }
}
