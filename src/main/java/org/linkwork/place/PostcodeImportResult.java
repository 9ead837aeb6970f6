package org.linkwork.place;

import java.util.List;

/**
 * What an import of a postcode file did.
 *
 * @param rowsRead   rows after the header line
 * @param imported   postcodes stored, terminated ones included
 * @param terminated of those stored, the ones no longer in use (kept so that old addresses are
 *                   recognised, but never used to locate)
 * @param skipped    postcodes of the places served that have no grid reference, so no position
 * @param outside    postcodes outside the places served, not stored
 * @param errorCount rows that could not be read
 * @param errors     the first {@value #ERRORS_KEPT} of those, in file order
 */
public record PostcodeImportResult(long rowsRead, long imported, long terminated, long skipped, long outside,
        long errorCount, List<RowError> errors) {

    public static final int ERRORS_KEPT = 20;

    public PostcodeImportResult {
        errors = List.copyOf(errors);
    }

    /**
     * A row that could not be read.
     *
     * @param line   its line number in the file, the header being line 1
     * @param reason what is wrong with it
     */
    public record RowError(long line, String reason) {
    }
}
