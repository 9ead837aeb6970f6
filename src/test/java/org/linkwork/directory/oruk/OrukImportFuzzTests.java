package org.linkwork.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.linkwork.platform.FuzzedApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage-guided fuzzing (Jazzer) of the Open Referral UK importer, 3.0 and 1.0, on the real
 * database. Under `./mvnw verify` it replays the inputs kept in OrukImportFuzzTestsInputs;
 * bench/fuzz/run.sh fuzzes it for a bounded time with Jazzer's own driver, through
 * {@link #fuzzerInitialize()} and {@link #fuzzerTestOneInput(byte[])}.
 * Whatever the bytes: the import never throws, never stops part way (only a refusal or a finished
 * import with per-record failures), and a refused file writes nothing.
 */
@SpringBootTest
class OrukImportFuzzTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @FuzzTest
    void importsAnythingWithoutUnhandledErrorsOrPartialWrites(byte[] content) {
        check(jobs, jdbc, content);
    }

    private static ImportJobs fuzzedJobs;
    private static JdbcClient fuzzedDatabase;

    /** Jazzer's driver: the application once, without a web server, on a test database of its own. */
    public static void fuzzerInitialize() {
        ConfigurableApplicationContext application = FuzzedApplication.start();
        fuzzedJobs = application.getBean(ImportJobs.class);
        fuzzedDatabase = application.getBean(JdbcClient.class);
    }

    public static void fuzzerTestOneInput(byte[] content) {
        check(fuzzedJobs, fuzzedDatabase, content);
    }

    static void check(ImportJobs jobs, JdbcClient jdbc, byte[] content) {
        long servicesBefore = count(jdbc, "service");
        long organisationsBefore = count(jdbc, "organization");

        ImportJob job = jobs.start("fuzz.json", content, "fuzz test", false, (read, imported, failed, total) -> { });

        assertThat(job.status()).as(job.reason()).isIn(ImportJob.REFUSED, ImportJob.COMPLETED);
        if (ImportJob.REFUSED.equals(job.status())) {
            assertThat(job.reason()).isNotBlank();
            assertThat(count(jdbc, "service")).isEqualTo(servicesBefore);
            assertThat(count(jdbc, "organization")).isEqualTo(organisationsBefore);
        } else {
            ImportJob.Counts counts = job.counts();
            assertThat(counts.imported() + counts.failed()).isEqualTo(counts.read());
            assertThat(job.failures()).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank());
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
