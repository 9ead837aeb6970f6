package org.linkwork.place;

import java.io.InputStream;
import org.linkwork.platform.InvalidInput;

/**
 * The table of full postcodes that {@link Places#locate} looks in before it falls back to a
 * postcode district, filled from the ONS Postcode Directory (ONSPD) or the National Statistics
 * Postcode Lookup (NSPL).
 */
public interface PostcodeDirectory {

    /**
     * Reads an ONSPD or NSPL file in CSV form and stores the postcodes of the places served,
     * replacing what was stored for the same postcodes. Either every good row is stored or, when
     * reading fails part way, nothing is. Rows that cannot be read are reported, not stored, and do
     * not stop the others.
     *
     * @param csv      the file; it is read once, from start to end, and not closed
     * @param progress told how many rows have been read, now and then and at the end
     * @throws InvalidInput when the file is not in that format (its first line names no postcode,
     *                      latitude or longitude column); nothing is stored then
     */
    PostcodeImportResult importCsv(InputStream csv, Progress progress);

    /**
     * Hears how far an import has got: every {@value #INTERVAL} rows and once at the end.
     */
    @FunctionalInterface
    interface Progress {

        int INTERVAL = 50_000;

        Progress SILENT = rows -> { };

        void rowsRead(long rows);
    }
}
