package org.linkwork.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage-guided fuzzing (Jazzer) of the ONS Postcode Directory CSV import on the real database:
 * whatever the bytes, a file is either imported or refused with a reason (InvalidInput), and a
 * refused file changes no postcode.
 */
@SpringBootTest
class PostcodeImportFuzzTests {

    @Autowired
    PostcodeDirectory postcodes;

    @Autowired
    JdbcClient jdbc;

    @FuzzTest(maxDuration = "${linkwork.fuzz.duration:60s}")
    void importsOrRefusesAnyFileWithoutPartialWrites(byte[] content) {
        String before = fingerprint();
        try {
            PostcodeImportResult result = postcodes.importCsv(new ByteArrayInputStream(content), rows -> { });
            assertThat(result).isNotNull();
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).isNotEmpty();
            assertThat(fingerprint()).isEqualTo(before);
        }
    }

    private String fingerprint() {
        return jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(postcode || latitude || longitude, ',' "
                + "order by postcode)), '') from postcode").query(String.class).single();
    }
}
