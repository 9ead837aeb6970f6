package org.linkwork.directory.oruk;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.linkwork.identity.AuditLog;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports ORUK files into the directory as jobs. The file is read and checked whole first; a file
 * that is not JSON or not ORUK is refused with nothing written. Then each service is read and
 * written in its own transaction: a bad one is recorded as a failure with its position and the
 * rest go on. Files of up to {@code linkwork.directory.import.synchronous-limit} services (100 by
 * default) are imported while the caller waits; larger ones, when the caller allows, on a
 * background thread, their progress kept in the job.
 */
@Component
class ImportJobs implements AutoCloseable {

    /** Told after each record, so that a caller can show progress. */
    interface Progress {
        Progress NONE = (read, imported, failed, total) -> {
        };

        void recordDone(int read, int imported, int failed, int total);
    }

    /** Progress is written to the job every this many records, and at the end. */
    static final int PROGRESS_EVERY = 25;

    /** A running import that has not written progress for this long has been interrupted. */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobStore store;
    private final RecordWriter writer;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final int synchronousLimit;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    ImportJobs(ImportJobStore store, RecordWriter writer, AuditLog auditLog, JsonMapper json,
            @Value("${linkwork.directory.import.synchronous-limit:100}") int synchronousLimit) {
        this.store = store;
        this.writer = writer;
        this.auditLog = auditLog;
        this.json = json;
        this.synchronousLimit = synchronousLimit;
    }

    /**
     * Starts an import. Returns the job: completed or refused when it was done while the caller
     * waited, running when it goes on in the background.
     *
     * @param source       what was imported, for people: a file name
     * @param startedBy    who started it
     * @param inBackground whether a large file may be imported after this returns
     */
    ImportJob start(String source, byte[] content, String startedBy, boolean inBackground, Progress progress) {
        UUID id = UUID.randomUUID();
        OrukFile file;
        try {
            file = OrukFile.parse(content, json);
        } catch (OrukFile.Refused refused) {
            store.refused(id, source, refused.getMessage(), startedBy);
            auditLog.record("directory.import", "directory_import", id.toString(),
                    "Refused " + source + ": " + refused.getMessage());
            return job(id);
        }
        store.start(id, source, file.format(), file.entries().size(), startedBy);
        auditLog.record("directory.import", "directory_import", id.toString(),
                "Import of " + source + " (" + file.format() + ", " + file.entries().size() + " services)");
        if (inBackground && file.entries().size() > synchronousLimit) {
            ImportJob running = job(id);
            background.submit(() -> run(id, file, progress));
            return running;
        }
        run(id, file, progress);
        return job(id);
    }

    /** Imports left running by a node that stopped are marked failed when Linkwork starts. */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterruptedImports() {
        int abandoned = store.abandonStale(STALE_AFTER);
        if (abandoned > 0) {
            log.warn("{} imports were interrupted by a stop and are marked as failed", abandoned);
        }
    }

    ImportJob job(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("Import", id));
    }

    List<ImportJob> recent(int limit) {
        return store.recent(limit);
    }

    private void run(UUID id, OrukFile file, Progress progress) {
        int read = 0;
        int imported = 0;
        int failed = 0;
        int total = file.entries().size();
        try {
            for (OrukFile.Entry entry : file.entries()) {
                if (importOne(id, entry)) {
                    imported++;
                } else {
                    failed++;
                }
                read++;
                if (read % PROGRESS_EVERY == 0 && read < total) {
                    store.progress(id, read, imported, failed);
                }
                progress.recordDone(read, imported, failed, total);
            }
            store.finish(id, ImportJob.COMPLETED, null, read, imported, failed);
        } catch (RuntimeException e) {
            log.error("Import {} stopped after {} of {} records", id, read, total, e);
            store.finish(id, ImportJob.FAILED, "The import stopped after " + read + " of " + total
                    + " records: " + e.getMessage(), read, imported, failed);
        }
    }

    /** Reads and writes one record; records a failure or warnings. Returns whether it was imported. */
    private boolean importOne(UUID id, OrukFile.Entry entry) {
        if (entry.version() == null) {
            store.issue(id, "failure", new ImportJob.Issue(entry.position(), entry.pointer(), entry.id(),
                    "This is not an ORUK service: a service needs a name and a status or an organization", List.of()));
            return false;
        }
        try {
            ImportRecord record = OrukRecordReader.read(entry.node(), entry.version());
            List<String> warnings = writer.write(record);
            for (String warning : warnings) {
                store.issue(id, "warning", new ImportJob.Issue(entry.position(), entry.pointer(), entry.id(), warning,
                        List.of()));
            }
            return true;
        } catch (InvalidInput e) {
            store.issue(id, "failure", new ImportJob.Issue(entry.position(), entry.pointer(), entry.id(),
                    reason(e.problems()), e.problems()));
        } catch (DataAccessException e) {
            String message = e.getMostSpecificCause().getMessage();
            store.issue(id, "failure", new ImportJob.Issue(entry.position(), entry.pointer(), entry.id(),
                    "The directory could not store it: " + firstLine(message), List.of()));
        } catch (RuntimeException e) {
            log.error("Import {} could not import the record at {}", id, entry.pointer(), e);
            store.issue(id, "failure", new ImportJob.Issue(entry.position(), entry.pointer(), entry.id(),
                    "It could not be imported because of an error in Linkwork (" + e.getClass().getSimpleName()
                            + "); the error is in the log", List.of()));
        }
        return false;
    }

    private static String reason(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return "It is not valid";
        }
        FieldProblem first = problems.getFirst();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        background.shutdown();
    }
}
