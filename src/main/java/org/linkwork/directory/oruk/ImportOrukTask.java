package org.linkwork.directory.oruk;

import java.io.PrintStream;
import java.nio.file.Path;
import org.linkwork.platform.FileImportTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/linkwork.jar import-oruk FILE}: imports an ORUK 3.0 or 1.0 JSON file
 * into the directory, printing progress every {@value #PRINT_EVERY} services and a summary with
 * each failure's position and reason.
 *
 * <p>Exit codes: 0 when every service was imported; 1 when the file was refused whole (not JSON,
 * not ORUK) and nothing was written, or the import stopped part way; 2 for a usage error (no file,
 * more than one, or a file that cannot be read); 3 when some services failed and the others were
 * imported.
 */
@Component
class ImportOrukTask extends FileImportTask {

    static final int PRINT_EVERY = 100;

    private final ImportJobs jobs;

    @Autowired
    ImportOrukTask(ImportJobs jobs) {
        this(jobs, System.out, System.err);
    }

    /** For tests: where the output goes. */
    ImportOrukTask(ImportJobs jobs, PrintStream out, PrintStream err) {
        super(out, err);
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return "import-oruk";
    }

    @Override
    public String usage() {
        return "import-oruk FILE   import Open Referral UK 3.0 or 1.0 JSON (a service, a list, or a page of services)";
    }

    @Override
    protected int importFile(Path file, byte[] content) {
        out.println("Importing " + file);
        ImportJob job = jobs.start(file.getFileName().toString(), content, "command line", false,
                (read, imported, failed, total) -> {
                    if (read % PRINT_EVERY == 0 || read == total) {
                        out.printf("%d of %d services processed: %d imported, %d failed%n", read, total, imported,
                                failed);
                    }
                });
        return summarise(job);
    }

    private int summarise(ImportJob job) {
        if (ImportJob.REFUSED.equals(job.status())) {
            err.println("Refused: " + job.reason());
            err.println("Nothing was imported.");
            return 1;
        }
        ImportJob.Counts counts = job.counts();
        out.printf("%s (%s): %d read, %d imported, %d failed%n", job.status().equals(ImportJob.COMPLETED)
                ? "Completed" : "Stopped", job.format(), counts.read(), counts.imported(), counts.failed());
        for (ImportJob.Issue warning : job.warnings()) {
            out.printf("  warning, service %d%s: %s%n", warning.position(), idOf(warning), warning.reason());
        }
        for (ImportJob.Issue failure : job.failures()) {
            err.printf("  failed, service %d%s: %s%n", failure.position(), idOf(failure), failure.reason());
            failure.fields().stream().skip(1)
                    .forEach(f -> err.printf("      %s: %s%n", f.field(), f.message()));
        }
        if (ImportJob.FAILED.equals(job.status())) {
            err.println(job.reason());
            return 1;
        }
        return counts.failed() > 0 ? 3 : 0;
    }

    private static String idOf(ImportJob.Issue issue) {
        return issue.id() == null ? "" : " (id " + issue.id() + ")";
    }
}
