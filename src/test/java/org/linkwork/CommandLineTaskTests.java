package org.linkwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * The way {@code java -jar linkwork.jar TASK ...} runs a task: an application without a web server.
 */
class CommandLineTaskTests {

    @TempDir
    Path folder;

    @Test
    void runsImportPostcodesWithoutAWebServer() throws IOException {
        Path file = folder.resolve("ONSPD_sample.csv");
        try (InputStream sample = new ClassPathResource("place/onspd-calderdale-sample.csv").getInputStream()) {
            Files.copy(sample, file);
        }

        assertThat(LinkworkApplication.runTask(new String[] {"import-postcodes", file.toString()})).isZero();
    }
}
