package org.linkwork.place.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.linkwork.place.PostcodeDirectory;
import org.linkwork.place.PostcodeImportResult;
import org.linkwork.platform.CommandLineTask;
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code import-postcodes FILE}: imports an ONSPD or NSPL CSV file, such as the whole of England,
 * which is too big to upload through the JSON API.
 */
@Component
class ImportPostcodesTask implements CommandLineTask {

    static final int REFUSED = 1;
    static final int USAGE = 2;

    private final PostcodeDirectory postcodes;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    ImportPostcodesTask(PostcodeDirectory postcodes) {
        this(postcodes, System.out, System.err);
    }

    ImportPostcodesTask(PostcodeDirectory postcodes, PrintStream out, PrintStream err) {
        this.postcodes = postcodes;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "import-postcodes";
    }

    @Override
    public String usage() {
        return "import-postcodes FILE   import an ONS Postcode Directory (ONSPD or NSPL) CSV file";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() != 1) {
            err.println("Usage: " + usage());
            return USAGE;
        }
        Path file = Path.of(arguments.getFirst());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("There is no file to read at " + file.toAbsolutePath());
            err.println("Usage: " + usage());
            return USAGE;
        }
        out.println("Importing postcodes from " + file.toAbsolutePath());
        PostcodeImportResult result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            result = postcodes.importCsv(in, rows -> out.printf("%,d rows read%n", rows));
        } catch (InvalidInput e) {
            err.println(e.getMessage());
            return REFUSED;
        } catch (IOException | UncheckedIOException e) {
            err.println("Could not read " + file + ": " + e.getMessage() + ". Nothing was imported.");
            return REFUSED;
        }
        report(result);
        return 0;
    }

    private void report(PostcodeImportResult result) {
        out.printf("Imported %,d postcodes (%,d of them terminated)%n", result.imported(), result.terminated());
        out.printf("Skipped %,d without a grid reference%n", result.skipped());
        out.printf("Left out %,d outside the places served%n", result.outside());
        out.printf("Errors: %,d%n", result.errorCount());
        for (PostcodeImportResult.RowError error : result.errors()) {
            out.printf("  line %d: %s%n", error.line(), error.reason());
        }
        if (result.errorCount() > result.errors().size()) {
            out.printf("  and %,d more%n", result.errorCount() - result.errors().size());
        }
    }
}
