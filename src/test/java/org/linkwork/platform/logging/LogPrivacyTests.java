package org.linkwork.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Run by the build after the whole suite (execution "log-privacy" in pom.xml): what the suite logged
 * must hold no NHS number and no name of the people the tests create, although they registered,
 * referred, merged and exported hundreds of them.
 */
class LogPrivacyTests {

    @Test
    void theSuiteLoggedNoNhsNumberOrNameOfItsPeople() throws IOException {
        Path log = Path.of(System.getProperty("linkwork.test-log", "target/test-logs/suite.log"));
        assertThat(log).as("the log of the suite that has just run").exists();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("the suite's log is its whole output, not a stub").hasSizeGreaterThan(200)
                .anySatisfy(line -> assertThat(line).contains("Started"));

        PersonalDataInLogs scanner = new PersonalDataInLogs(
                PersonalDataInLogs.namesInTestSources(Path.of("src/test/java")));
        assertThat(scanner.names()).as("names of test people found in the test sources").hasSizeGreaterThan(10);
        assertThat(scanner.scan(lines)).as("personal data in " + log).isEmpty();
    }
}
