package org.linkwork.place.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Postcode;
import org.linkwork.place.internal.OnspdCsv.Entry;
import org.linkwork.place.internal.OnspdCsv.NoGridReference;
import org.linkwork.place.internal.OnspdCsv.Outside;
import org.linkwork.place.internal.OnspdCsv.Row;
import org.linkwork.place.internal.OnspdCsv.Unreadable;
import org.linkwork.platform.InvalidInput;

class OnspdCsvTests {

    private static final String HEADER = "\"pcd\",\"pcds\",\"doterm\",\"oslaua\",\"osward\",\"lsoa11\",\"lat\",\"long\",\"lsoa21\"\n";

    @Test
    void readsQuotedOnspdRows() throws IOException {
        List<Row> rows = read(HEADER + """
                "HX1 1UJ","HX1 1UJ","","E08000033","E05001386","E01010994","53.722400","-1.859100","E01010994"
                """);
        assertThat(rows).containsExactly(new Entry(2, postcode("HX1 1UJ"), new GeoPoint(53.7224, -1.8591),
                Optional.of("E05001386"), List.of("E01010994", "E01010994"), false));
    }

    @Test
    void findsColumnsByNameInAnyCaseAndOrderAfterAByteOrderMark() throws IOException {
        List<Row> rows = read("\uFEFFLONG,Lat,PCDS,Name\n"
                + "-2.0967,53.7137,OL14 5AB,\"Todmorden, Market Street\"\n");
        assertThat(rows).singleElement().isInstanceOfSatisfying(Entry.class, entry -> {
            assertThat(entry.postcode()).hasToString("OL14 5AB");
            assertThat(entry.point()).isEqualTo(new GeoPoint(53.7137, -2.0967));
            assertThat(entry.ward()).isEmpty();
            assertThat(entry.lsoas()).isEmpty();
        });
    }

    @Test
    void keepsACommaInsideAQuotedFieldFromShiftingTheColumns() throws IOException {
        List<Row> rows = read("pcds,parish,lat,long\n\"HX7 8AD\",\"Heptonstall, unparished\",53.7418,-2.0110\n");
        assertThat(rows).singleElement().isInstanceOfSatisfying(Entry.class,
                entry -> assertThat(entry.point()).isEqualTo(new GeoPoint(53.7418, -2.0110)));
    }

    @Test
    void readsTheSevenCharacterPostcodeWhenThereIsNoPcds() throws IOException {
        List<Row> rows = read("pcd,lat,long\nOL145AB,53.7137,-2.0967\n\"HX1 1UJ\",53.7224,-1.8591\n");
        assertThat(rows).extracting(row -> ((Entry) row).postcode().toString()).containsExactly("OL14 5AB", "HX1 1UJ");
    }

    @Test
    void readsTheNationalStatisticsPostcodeLookupsColumnNames() throws IOException {
        List<Row> rows = read("pcd,pcd2,pcds,doterm,laua,ward,lsoa21,lat,long\n"
                + "HX1 1UJ,HX1  1UJ,HX1 1UJ,,E08000033,E05001386,E01010994,53.7224,-1.8591\n");
        assertThat(rows).singleElement().isInstanceOfSatisfying(Entry.class, entry -> {
            assertThat(entry.ward()).contains("E05001386");
            assertThat(entry.lsoas()).containsExactly("E01010994");
        });
    }

    @Test
    void refusesAFileWithoutPostcodeColumns() {
        assertThatThrownBy(() -> read("name,address,lat,long\nThe Square Chapel,Halifax,53.72,-1.86\n"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not an ONS Postcode Directory")
                .hasMessageContaining("pcds")
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("file"));
    }

    @Test
    void refusesAFileWithoutCoordinateColumnsNamingEachThatIsMissing() {
        assertThatThrownBy(() -> read("pcds,oseast1m,osnrth1m\nHX1 1UJ,409371,425193\n"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("the latitude (lat)")
                .hasMessageContaining("the longitude (long)")
                .message().doesNotContain("the postcode");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
    }

    @Test
    void reportsBadRowsWithTheirLineNumbersAndReadsTheRest() throws IOException {
        List<Row> rows = read("pcds,lat,long\n"
                + "HX1 1CI,53.7224,-1.8591\n"
                + "\n"
                + "HX1 2HY,fifty-three,-1.856\n"
                + "HX6 2AA,-1.908,53.708\n"
                + "HX5 0AA,53.685\n"
                + ",53.685,-1.838\n"
                + "HX1,53.685,-1.838\n"
                + "HX3 8AA,53.726,-1.813\n");
        assertThat(rows).containsExactly(
                new Unreadable(2, "\"HX1 1CI\" is not a postcode"),
                new Unreadable(4, "HX1 2HY has a latitude \"fifty-three\" and longitude \"-1.856\" that are not numbers"),
                new Unreadable(5, "HX6 2AA is placed at -1.908, 53.708, which is not in the United Kingdom"),
                new Unreadable(6, "has 2 fields where the header has 3"),
                new Unreadable(7, "has no postcode"),
                new Unreadable(8, "\"HX1\" is a postcode district, not a full postcode"),
                new Entry(9, postcode("HX3 8AA"), new GeoPoint(53.726, -1.813), Optional.empty(), List.of(), false));
    }

    @Test
    void skipsPostcodesWithoutAGridReference() throws IOException {
        List<Row> rows = read("pcds,osgrdind,lat,long\nHX3 0AA,9,99.999999,0.000000\nHX3 0AB,9,,\n");
        assertThat(rows).containsExactly(new NoGridReference(2, postcode("HX3 0AA")),
                new NoGridReference(3, postcode("HX3 0AB")));
    }

    @Test
    void flagsTerminatedPostcodes() throws IOException {
        List<Row> rows = read("pcds,doterm,lat,long\nHX2 8AA,201105,53.756,-1.912\nHX2 8AB,,53.756,-1.912\n");
        assertThat(rows).extracting(row -> ((Entry) row).terminated()).containsExactly(true, false);
    }

    @Test
    void treatsOnsPseudoCodesAsNoArea() throws IOException {
        List<Row> rows = read("pcds,osward,lsoa11,lsoa21,lat,long\nHX4 9AA,E99999999,E99999999,E01010897,53.672,-1.888\n");
        assertThat(rows).singleElement().isInstanceOfSatisfying(Entry.class, entry -> {
            assertThat(entry.ward()).isEmpty();
            assertThat(entry.lsoas()).containsExactly("E01010897");
        });
    }

    @Test
    void leavesOutPostcodesOutsideTheCoverageBeforeLookingAtTheirPosition() throws IOException {
        OnspdCsv.Coverage calderdale = (postcode, authority) ->
                postcode.outward().startsWith("HX") || authority.equals("E08000033");
        List<Row> rows = read("pcds,oslaua,lat,long\n"
                + "LS1 4AP,E08000035,53.796,-1.547\n"
                + "M1 1AE,E08000003,not-a-number,\n"
                + "HD2 1AB,E08000033,53.672,-1.800\n"
                + "HX1 1UJ,E08000033,53.7224,-1.8591\n", calderdale);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(new Outside(2, postcode("LS1 4AP")));
        assertThat(rows.get(1)).isEqualTo(new Outside(3, postcode("M1 1AE")));
        assertThat(rows.get(2)).isInstanceOf(Entry.class);
        assertThat(rows.get(3)).isInstanceOf(Entry.class);
    }

    private static List<Row> read(String csv) throws IOException {
        return read(csv, OnspdCsv.Coverage.EVERYWHERE);
    }

    private static List<Row> read(String csv, OnspdCsv.Coverage coverage) throws IOException {
        OnspdCsv file = OnspdCsv.open(new BufferedReader(new StringReader(csv)), coverage);
        List<Row> rows = new ArrayList<>();
        for (Optional<Row> row = file.next(); row.isPresent(); row = file.next()) {
            rows.add(row.get());
        }
        return rows;
    }

    private static Postcode postcode(String text) {
        return Postcode.parse("postcode", text);
    }
}
