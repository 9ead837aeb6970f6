package org.linkwork.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Linkwork process that ends without closing its context (killed, or halted after a training start)
 * leaves its embedded PostgreSQL running; the next start stops it and starts its own on the same data,
 * and a database another live process holds is left alone.
 */
class LeftoverPostmasterTests {

    @TempDir
    Path dataDirectory;

    @Test
    void stopsThePostgreSqlAHaltedProcessLeftRunningSoTheNextStartCanUseTheData() throws Exception {
        startInAProcessThatHalts(dataDirectory);
        ProcessHandle leftover = LeftoverPostmaster.running(dataDirectory).orElseThrow();

        LeftoverPostmaster.stopIfAny(dataDirectory, Duration.ofSeconds(30));

        assertThat(leftover.isAlive()).isFalse();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
                Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet marker = connection.createStatement().executeQuery("select note from left_behind")) {
            assertThat(marker.next()).isTrue();
            assertThat(marker.getString(1)).isEqualTo("written before the halt");
        }
    }

    @Test
    void leavesAloneAPostgreSqlThatALiveProcessHolds() throws Exception {
        try (EmbeddedPostgres inUse = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start()) {
            ProcessHandle postmaster = LeftoverPostmaster.running(dataDirectory).orElseThrow();

            LeftoverPostmaster.stopIfAny(dataDirectory, Duration.ofSeconds(5));

            assertThat(postmaster.isAlive()).isTrue();
            try (Connection connection = inUse.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void findsNothingToStopInADirectoryWithoutAPostmaster() throws IOException {
        assertThat(LeftoverPostmaster.running(dataDirectory)).isEmpty();

        LeftoverPostmaster.stopIfAny(dataDirectory, Duration.ofSeconds(1));
    }

    /** Starts PostgreSQL on the directory from another JVM, which writes a row and then halts. */
    private static void startInAProcessThatHalts(Path dataDirectory) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingStart.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the halting process ended").isTrue();
        assertThat(child.exitValue()).isZero();
    }

    /** The other JVM: starts the embedded PostgreSQL, writes a row, and halts without stopping it. */
    static final class HaltingStart {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false).start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("create table left_behind (note text)");
                connection.createStatement().execute("insert into left_behind values ('written before the halt')");
            }
            Runtime.getRuntime().halt(0);
        }
    }
}
