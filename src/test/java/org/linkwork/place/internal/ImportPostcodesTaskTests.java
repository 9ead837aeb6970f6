package org.linkwork.place.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwork.place.PostcodeDirectory;
import org.linkwork.platform.CommandLineTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ImportPostcodesTaskTests {

    @Autowired
    PostcodeDirectory postcodes;

    @Autowired
    List<CommandLineTask> tasks;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ImportPostcodesTask task;

    @BeforeEach
    @AfterEach
    void emptyThePostcodeTable() {
        jdbc.sql("delete from postcode").update();
        task = new ImportPostcodesTask(postcodes, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void isTheTaskNamedImportPostcodes() {
        assertThat(tasks).filteredOn(t -> t.name().equals("import-postcodes"))
                .singleElement().isInstanceOf(ImportPostcodesTask.class);
    }

    @Test
    void importsAFileAndPrintsProgressAndTheSummary() throws IOException {
        Path file = folder.resolve("ONSPD_sample.csv");
        try (InputStream sample = new ClassPathResource("place/onspd-calderdale-sample.csv").getInputStream()) {
            Files.copy(sample, file);
        }

        int exitCode = task.run(List.of(file.toString()));

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("14 rows read")
                .contains("Imported 10 postcodes (1 of them terminated)")
                .contains("Skipped 1 without a grid reference")
                .contains("Left out 2 outside the places served")
                .contains("Errors: 1")
                .contains("line 15: \"HX1 1CI\" is not a postcode");
        assertThat(jdbc.sql("select count(*) from postcode").query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void refusesAFileThatIsNotAPostcodeDirectoryWithExitCodeOne() throws IOException {
        Path file = Files.writeString(folder.resolve("services.csv"), "id,name\n1,Square Chapel\n");

        int exitCode = task.run(List.of(file.toString()));

        assertThat(exitCode).isEqualTo(ImportPostcodesTask.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an ONS Postcode Directory");
        assertThat(jdbc.sql("select count(*) from postcode").query(Long.class).single()).isZero();
    }

    @Test
    void answersWrongArgumentsWithTheUsageAndExitCodeTwo() {
        assertThat(task.run(List.of())).isEqualTo(ImportPostcodesTask.USAGE);
        assertThat(task.run(List.of("a.csv", "b.csv"))).isEqualTo(ImportPostcodesTask.USAGE);
        assertThat(task.run(List.of(folder.resolve("missing.csv").toString()))).isEqualTo(ImportPostcodesTask.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Usage: import-postcodes FILE")
                .contains("There is no file to read at");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
