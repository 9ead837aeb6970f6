package org.linkwork.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link CommandLineTask} that imports one file named on the command line: it checks there is exactly
 * one argument and reads the file, answering a usage error (exit code 2) when it cannot, so that each
 * import says only what it does with the content.
 */
public abstract class FileImportTask implements CommandLineTask {

    /** Where the task reports progress and results. */
    protected final PrintStream out;
    /** Where the task reports what went wrong. */
    protected final PrintStream err;

    protected FileImportTask(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public final int run(List<String> arguments) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar linkwork.jar " + usage());
            return 2;
        }
        Path file = Path.of(arguments.getFirst());
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            err.println("Usage: java -jar linkwork.jar " + usage());
            return 2;
        }
        return importFile(file, content);
    }

    /** @return the process exit code: 0 when everything was imported */
    protected abstract int importFile(Path file, byte[] content);
}
