package org.linkwork.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage-guided fuzzing (Jazzer) of the Open Referral UK importer, 3.0 and 1.0, on the real
 * database. Under `./mvnw verify` it replays the inputs kept in OrukImportFuzzTestsInputs; with the
 * fuzz profile (`./mvnw -Pfuzz test`, JAZZER_FUZZ=1) it looks for new ones for a bounded time.
 * Whatever the bytes: the import never throws, never stops part way (only a refusal or a finished
 * import with per-record failures), and a refused file writes nothing.
 */
@SpringBootTest
class OrukImportFuzzTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @FuzzTest(maxDuration = "${linkwork.fuzz.duration:60s}")
    void importsAnythingWithoutUnhandledErrorsOrPartialWrites(byte[] content) {
        long servicesBefore = count("service");
        long organisationsBefore = count("organization");

        ImportJob job = jobs.start("fuzz.json", content, "fuzz test", false, (read, imported, failed, total) -> { });

        assertThat(job.status()).as(job.reason()).isIn(ImportJob.REFUSED, ImportJob.COMPLETED);
        if (ImportJob.REFUSED.equals(job.status())) {
            assertThat(job.reason()).isNotBlank();
            assertThat(count("service")).isEqualTo(servicesBefore);
            assertThat(count("organization")).isEqualTo(organisationsBefore);
        } else {
            ImportJob.Counts counts = job.counts();
            assertThat(counts.imported() + counts.failed()).isEqualTo(counts.read());
            assertThat(job.failures()).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank());
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
