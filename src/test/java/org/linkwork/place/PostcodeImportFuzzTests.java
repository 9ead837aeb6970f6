package org.linkwork.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.linkwork.platform.FuzzedApplication;
import org.springframework.context.ConfigurableApplicationContext;
import java.io.ByteArrayInputStream;
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage-guided fuzzing (Jazzer) of the ONS Postcode Directory CSV import on the real database:
 * whatever the bytes, a file is either imported or refused with a reason (InvalidInput), and a
 * refused file changes no postcode. Replayed by `./mvnw verify`; fuzzed by bench/fuzz/run.sh.
 */
@SpringBootTest
class PostcodeImportFuzzTests {

    @Autowired
    PostcodeDirectory postcodes;

    @Autowired
    JdbcClient jdbc;

    @FuzzTest
    void importsOrRefusesAnyFileWithoutPartialWrites(byte[] content) {
        check(postcodes, jdbc, content);
    }

    private static PostcodeDirectory fuzzedPostcodes;
    private static JdbcClient fuzzedDatabase;

    /** Jazzer's driver: the application once, without a web server, on a test database of its own. */
    public static void fuzzerInitialize() {
        ConfigurableApplicationContext application = FuzzedApplication.start();
        fuzzedPostcodes = application.getBean(PostcodeDirectory.class);
        fuzzedDatabase = application.getBean(JdbcClient.class);
    }

    public static void fuzzerTestOneInput(byte[] content) {
        check(fuzzedPostcodes, fuzzedDatabase, content);
    }

    static void check(PostcodeDirectory postcodes, JdbcClient jdbc, byte[] content) {
        String before = fingerprint(jdbc);
        try {
            PostcodeImportResult result = postcodes.importCsv(new ByteArrayInputStream(content), rows -> { });
            assertThat(result).isNotNull();
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).isNotEmpty();
            assertThat(fingerprint(jdbc)).isEqualTo(before);
        }
    }

    private static String fingerprint(JdbcClient jdbc) {
        return jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(postcode || latitude || longitude, ',' "
                + "order by postcode)), '') from postcode").query(String.class).single();
    }
}
