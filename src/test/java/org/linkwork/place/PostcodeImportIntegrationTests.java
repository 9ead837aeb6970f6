package org.linkwork.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.place.PostcodeImportResult.RowError;
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports {@code place/onspd-calderdale-sample.csv}: ONSPD's layout with fewer columns, real
 * Calderdale postcode districts, and positions chosen inside the wards named (checked against the
 * ward boundaries shipped), not taken from the ONSPD itself.
 */
@SpringBootTest
class PostcodeImportIntegrationTests {

    static final String SAMPLE = "place/onspd-calderdale-sample.csv";

    @Autowired
    PostcodeDirectory postcodes;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void emptyThePostcodeTable() {
        jdbc.sql("delete from postcode").update();
    }

    @Test
    void importsThePostcodesOfThePlacesServedAndReportsTheRest() throws IOException {
        PostcodeImportResult result = importSample();

        assertThat(result).isEqualTo(new PostcodeImportResult(14, 10, 1, 1, 2, 1,
                List.of(new RowError(15, "\"HX1 1CI\" is not a postcode"))));
        assertThat(storedPostcodes()).containsExactlyInAnyOrder("HX1 1UJ", "HX1 2HY", "HX7 8AD", "OL14 5AB",
                "HD6 1AA", "HX5 0AA", "HX6 2AA", "HX3 8AA", "HX4 9AA", "HX2 8AA");
    }

    @Test
    void recordsTheImportInTheAuditLog() throws IOException {
        long before = auditedImports();

        importSample();

        assertThat(auditedImports()).isEqualTo(before + 1);
    }

    private long auditedImports() {
        return jdbc.sql("select count(*) from audit_event where action = 'place.postcodes-imported'").query(Long.class).single();
    }

    @Test
    void locatesAnImportedPostcodeExactlyWithItsWardAndLsoa() throws IOException {
        importSample();

        Location location = places.locate("postcode", "hx11uj");

        assertThat(location.precision()).isEqualTo(Location.Precision.POSTCODE);
        assertThat(location.point()).isEqualTo(new GeoPoint(53.7224, -1.8591));
        assertThat(location.wardCode()).flatMap(places::ward).map(Ward::name).contains("Town");
        assertThat(location.lsoaCode()).contains("E01010994");
        assertThat(places.locate("postcode", "OL14 5AB").wardCode()).flatMap(places::ward).map(Ward::name)
                .contains("Todmorden");
    }

    @Test
    void findsTheWardAndLsoaFromTheBoundariesWhenTheFileGivesNone() throws IOException {
        importSample();

        Location location = places.locate("postcode", "HX4 9AA");

        assertThat(location.precision()).isEqualTo(Location.Precision.POSTCODE);
        assertThat(location.wardCode()).flatMap(places::ward).map(Ward::name).contains("Greetland and Stainland");
        assertThat(location.lsoaCode()).contains(places.lsoaContaining(location.point()).orElseThrow().code());
    }

    @Test
    void locatesTerminatedPostcodesAndThoseWithoutAPositionByTheirDistrictOnly() throws IOException {
        importSample();

        assertThat(jdbc.sql("select terminated from postcode where postcode = 'HX2 8AA'").query(Boolean.class).single())
                .isTrue();
        assertThat(places.locate("postcode", "HX2 8AA").precision()).isEqualTo(Location.Precision.DISTRICT);
        assertThat(places.locate("postcode", "HX3 0AA").precision()).isEqualTo(Location.Precision.DISTRICT);
    }

    @Test
    void leavesOutPostcodesOutsideThePlacesServed() throws IOException {
        importSample();

        assertThat(storedPostcodes()).doesNotContain("LS1 4AP", "M1 1AE");
        assertThatThrownBy(() -> places.locate("postcode", "LS1 4AP")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void takesAPostcodeOfALocalAuthorityServedEvenInADistrictNotListed() {
        assertThat(places.postcodeDistricts()).doesNotContain("HD2");

        PostcodeImportResult result = importCsv("pcds,oslaua,lat,long\n"
                + "HD2 1AB,E08000033,53.7027,-1.7826\n"
                + "HD2 1AD,E08000034,53.6700,-1.7800\n");

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.outside()).isEqualTo(1);
        assertThat(places.locate("postcode", "HD2 1AB").wardCode()).flatMap(places::ward).map(Ward::name)
                .contains("Brighouse");
    }

    @Test
    void importingANewerFileReplacesWhatWasStoredForTheSamePostcodes() throws IOException {
        importSample();

        importCsv("pcds,doterm,osward,lat,long\nHX1 1UJ,202501,E05001386,53.7225,-1.8592\n");

        assertThat(storedPostcodes()).hasSize(10);
        assertThat(places.locate("postcode", "HX1 1UJ").precision()).isEqualTo(Location.Precision.DISTRICT);
    }

    @Test
    void refusesAFileWithoutPostcodeColumnsAndWritesNothing() {
        assertThatThrownBy(() -> importCsv("name,postcode,lat,long\nSquare Chapel,HX1 1QE,53.7211,-1.8563\n"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not an ONS Postcode Directory");

        assertThat(storedPostcodes()).isEmpty();
    }

    @Test
    void writesNothingWhenTheFileBreaksOffPartWay() {
        StringBuilder csv = new StringBuilder("pcds,lat,long\n");
        List<String> written = new ArrayList<>();
        for (char letter : "ABDEFGHJLNPQRSTUWXYZ".toCharArray()) {
            for (int digit = 0; digit < 10; digit++) {
                for (char last : "ABDEFGHJLNPQRSTUWXYZ".toCharArray()) {
                    String postcode = "HX1 " + digit + letter + last;
                    written.add(postcode);
                    csv.append(postcode).append(",53.7224,-1.8591\n");
                }
            }
        }
        assertThat(written).hasSizeGreaterThan(3 * 1_000);
        InputStream breaksOff = new SequenceInputStream(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });

        assertThatThrownBy(() -> postcodes.importCsv(breaksOff, PostcodeDirectory.Progress.SILENT))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(storedPostcodes()).isEmpty();
    }

    @Test
    void reportsProgressEveryFiftyThousandRowsAndAtTheEnd() {
        StringBuilder csv = new StringBuilder("pcds,lat,long\n");
        for (int i = 0; i < 120_000; i++) {
            csv.append("LS1 4AP,53.796,-1.547\n");
        }
        List<Long> reports = new ArrayList<>();

        PostcodeImportResult result = postcodes.importCsv(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), reports::add);

        assertThat(reports).containsExactly(50_000L, 100_000L, 120_000L);
        assertThat(result.outside()).isEqualTo(120_000);
    }

    @Test
    void keepsOnlyTheFirstTwentyErrorsButCountsThemAll() {
        StringBuilder csv = new StringBuilder("pcds,lat,long\n");
        for (int i = 0; i < 25; i++) {
            csv.append("not a postcode,53.7,-1.8\n");
        }

        PostcodeImportResult result = importCsv(csv.toString());

        assertThat(result.errorCount()).isEqualTo(25);
        assertThat(result.errors()).hasSize(PostcodeImportResult.ERRORS_KEPT)
                .extracting(RowError::line).startsWith(2L, 3L).endsWith(21L);
    }

    private PostcodeImportResult importSample() throws IOException {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return postcodes.importCsv(in, PostcodeDirectory.Progress.SILENT);
        }
    }

    private PostcodeImportResult importCsv(String csv) {
        return postcodes.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                PostcodeDirectory.Progress.SILENT);
    }

    private List<String> storedPostcodes() {
        return jdbc.sql("select postcode from postcode").query(String.class).list();
    }
}
