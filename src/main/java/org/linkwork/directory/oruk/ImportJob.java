package org.linkwork.directory.oruk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * An import of an ORUK file, as the JSON API and the admin pages show it.
 *
 * @param status   "running", "completed", "refused" (the file was not imported at all; see
 *                 {@code reason}) or "failed" (the import stopped part way; see {@code reason})
 * @param format   "ORUK 3.0", "ORUK 1.0", or both when the file mixes them
 * @param failures records that were not imported, in file order (empty in lists of imports)
 * @param warnings records imported with a part left out, in file order (empty in lists of imports)
 */
public record ImportJob(UUID id, String source, String format, String status, String reason, Counts counts,
        String startedBy, Instant startedAt, Instant finishedAt, List<Issue> failures, List<Issue> warnings) {

    static final String RUNNING = "running";
    static final String COMPLETED = "completed";
    static final String REFUSED = "refused";
    static final String FAILED = "failed";

    /**
     * @param total    services offered in the file
     * @param read     those processed so far
     * @param imported those written to the directory
     * @param failed   those not written
     */
    public record Counts(int total, int read, int imported, int failed) {
    }

    /**
     * A problem with one record.
     *
     * @param position the record's index in the list or page, from 0
     * @param pointer  where the record is in the file, as a JSON pointer
     * @param id       the record's id, when it has one
     * @param fields   each field at fault, when the fault is in particular fields
     */
    public record Issue(int position, String pointer, String id, String reason, List<FieldProblem> fields) {
    }

    public boolean isRunning() {
        return RUNNING.equals(status);
    }

    /** Percentage of the records processed, for the progress bar. */
    public int percentDone() {
        return counts.total() == 0 ? 100 : (int) Math.min(100, 100L * counts.read() / counts.total());
    }
}
