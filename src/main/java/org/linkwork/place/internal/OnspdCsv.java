package org.linkwork.place.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Postcode;
import org.linkwork.platform.InvalidInput;

/**
 * An ONS Postcode Directory (ONSPD) or National Statistics Postcode Lookup (NSPL) file in CSV
 * form, read one line at a time so that the 2.7 million rows of England never sit in memory
 * together. Columns are found by their names in the header line, in any case and any order, so
 * that the layout may change between releases.
 */
final class OnspdCsv {

    /** The name of the input that a refused file is reported against. */
    static final String FIELD = "file";

    private static final List<String> POSTCODE = List.of("pcds", "pcd", "pcd2", "pcd7", "pcd8");
    private static final List<String> WARD = List.of("osward", "wd25cd", "ward");
    private static final Pattern ANY_WARD = Pattern.compile("wd\\d\\dcd");
    // 2011 first: the LSOAs of the places served, and the deprivation ranks held for them, are 2011 LSOAs.
    private static final Pattern GSS_CODE = Pattern.compile("[EWSNLM]\\d{8}");
    private static final List<String> LSOA = List.of("lsoa11", "lsoa11cd", "lsoa21", "lsoa21cd");
    private static final List<String> LOCAL_AUTHORITY = List.of("oslaua", "laua");
    private static final Pattern ANY_LOCAL_AUTHORITY = Pattern.compile("lad\\d\\dcd");

    /** ONSPD gives this latitude (with longitude 0) to postcodes that have no grid reference. */
    private static final double NO_GRID_REFERENCE = 99.999999;

    /** Wider than the UK with the Channel Islands and the Isle of Man; catches swapped or garbled columns. */
    private static final double SOUTH = 49, NORTH = 61, WEST = -9, EAST = 2.5;

    /** Which rows are wanted: by postcode, and by local authority code ("" when the file has none). */
    @FunctionalInterface
    interface Coverage {

        Coverage EVERYWHERE = (postcode, localAuthority) -> true;

        boolean includes(Postcode postcode, String localAuthority);
    }

    /** One line after the header, as read. */
    sealed interface Row {

        long line();
    }

    /**
     * A postcode to store.
     *
     * @param ward  the ward code given, if any
     * @param lsoas the LSOA codes given, 2011 before 2021
     */
    record Entry(long line, Postcode postcode, GeoPoint point, Optional<String> ward, List<String> lsoas,
            boolean terminated) implements Row {
    }

    /** A postcode of the places served that has no position. */
    record NoGridReference(long line, Postcode postcode) implements Row {
    }

    /** A postcode outside the places served. */
    record Outside(long line, Postcode postcode) implements Row {
    }

    /** A line that does not hold a postcode with a position. */
    record Unreadable(long line, String reason) implements Row {
    }

    private record Columns(int count, int postcode, int latitude, int longitude, int ward, List<Integer> lsoas,
            int localAuthority, int terminated) {
    }

    private final BufferedReader reader;
    private final Coverage coverage;
    private final Columns columns;
    private long line = 1;

    private OnspdCsv(BufferedReader reader, Coverage coverage, Columns columns) {
        this.reader = reader;
        this.coverage = coverage;
        this.columns = columns;
    }

    /**
     * Reads the header line.
     *
     * @throws InvalidInput when it does not name a postcode, a latitude and a longitude column
     */
    static OnspdCsv open(BufferedReader reader, Coverage coverage) throws IOException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new InvalidInput(FIELD, "The file is empty. Choose an ONS Postcode Directory (ONSPD or NSPL) "
                    + "file in CSV format.");
        }
        List<String> names = new ArrayList<>();
        for (String name : CsvLine.split(header.replace("\uFEFF", ""))) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        int postcode = first(names, POSTCODE, null);
        int latitude = names.indexOf("lat");
        int longitude = names.indexOf("long");
        List<String> missing = new ArrayList<>();
        if (postcode < 0) {
            missing.add("the postcode (pcds, or pcd, pcd2, pcd7 or pcd8)");
        }
        if (latitude < 0) {
            missing.add("the latitude (lat)");
        }
        if (longitude < 0) {
            missing.add("the longitude (long)");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(FIELD, "This is not an ONS Postcode Directory (ONSPD or NSPL) CSV file: "
                    + "its first line names no column for " + inWords(missing) + ". Nothing was imported.");
        }
        List<Integer> lsoas = LSOA.stream().map(names::indexOf).filter(i -> i >= 0).toList();
        return new OnspdCsv(reader, coverage, new Columns(names.size(), postcode, latitude, longitude,
                first(names, WARD, ANY_WARD), lsoas, first(names, LOCAL_AUTHORITY, ANY_LOCAL_AUTHORITY),
                names.indexOf("doterm")));
    }

    private static String inWords(List<String> things) {
        return things.size() == 1 ? things.getFirst()
                : String.join(", ", things.subList(0, things.size() - 1)) + " or " + things.getLast();
    }

    private static int first(List<String> names, List<String> preferred, Pattern otherwise) {
        for (String name : preferred) {
            if (names.contains(name)) {
                return names.indexOf(name);
            }
        }
        for (int i = 0; otherwise != null && i < names.size(); i++) {
            if (otherwise.matcher(names.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The next row, or empty at the end of the file. Blank lines are passed over. */
    Optional<Row> next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
        } while (text != null && text.isBlank());
        return text == null ? Optional.empty() : Optional.of(read(CsvLine.split(text)));
    }

    private Row read(String[] fields) {
        if (fields.length != columns.count()) {
            return new Unreadable(line, "has " + fields.length + " fields where the header has " + columns.count());
        }
        String text = value(fields, columns.postcode());
        if (text.isEmpty()) {
            return new Unreadable(line, "has no postcode");
        }
        Postcode postcode;
        try {
            postcode = Postcode.parse(FIELD, text);
        } catch (InvalidInput e) {
            return new Unreadable(line, "\"" + text + "\" is not a postcode");
        }
        if (postcode.isDistrictOnly()) {
            return new Unreadable(line, "\"" + text + "\" is a postcode district, not a full postcode");
        }
        if (!coverage.includes(postcode, code(fields, columns.localAuthority()).orElse(""))) {
            return new Outside(line, postcode);
        }
        String latitude = value(fields, columns.latitude());
        String longitude = value(fields, columns.longitude());
        if (latitude.isEmpty() && longitude.isEmpty()) {
            return new NoGridReference(line, postcode);
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(latitude);
            lon = Double.parseDouble(longitude);
        } catch (NumberFormatException e) {
            return new Unreadable(line, postcode + " has a latitude \"" + latitude + "\" and longitude \""
                    + longitude + "\" that are not numbers");
        }
        if (lat == NO_GRID_REFERENCE) {
            return new NoGridReference(line, postcode);
        }
        if (!(lat >= SOUTH && lat <= NORTH && lon >= WEST && lon <= EAST)) {
            return new Unreadable(line, postcode + " is placed at " + latitude + ", " + longitude
                    + ", which is not in the United Kingdom");
        }
        List<String> lsoas = columns.lsoas().stream().map(i -> code(fields, i)).flatMap(Optional::stream).toList();
        return new Entry(line, postcode, new GeoPoint(lat, lon), code(fields, columns.ward()), lsoas,
                !value(fields, columns.terminated()).isEmpty());
    }

    private static String value(String[] fields, int column) {
        return column < 0 ? "" : fields[column].trim();
    }

    /** A geography code; ONS writes "E99999999" and the like where a postcode has none. */
    /**
     * A GSS code (a letter and eight digits, like E05001386); a pseudo-code ("E99999999"), or anything
     * that is not a code at all (even bytes that no database column takes), counts as not given.
     */
    private static Optional<String> code(String[] fields, int column) {
        String code = value(fields, column);
        return !GSS_CODE.matcher(code).matches() || code.endsWith("99999999") ? Optional.empty() : Optional.of(code);
    }
}
