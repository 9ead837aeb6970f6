package org.linkwork.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataInLogsTests {

    private final PersonalDataInLogs scanner = new PersonalDataInLogs(Set.of("Gallowglass", "Quire-Lamb"));

    @Test
    void findsTestNhsNumbersWithOrWithoutSpaces() {
        assertThat(scanner.scan(List.of("read 9990000018 for triage", "read 999 000 0018 again")))
                .extracting(PersonalDataInLogs.Finding::what)
                .containsExactly("NHS number 9990000018", "NHS number 999 000 0018");
    }

    @Test
    void ignoresNumbersThatAreNotValidNhsNumbers() {
        assertThat(scanner.scan(List.of("took 9990000017 ns", "id 19990000018", "order-9990000018-x"))).isEmpty();
    }

    @Test
    void findsNamesOfTheTestPeopleAsWholeWords() {
        assertThat(scanner.scan(List.of("Registered Dashiell Gallowglass", "no Gallowglassy here", "Quire-Lamb")))
                .extracting(PersonalDataInLogs.Finding::lineNumber)
                .containsExactly(1, 3);
    }

    @Test
    void collectsTheNamesThatTestSourcesGivePeople() {
        Set<String> names = PersonalDataInLogs.namesInTestSources(Path.of("src/test/java/org/linkwork/people"));
        assertThat(names).contains("Gallowglass", "Tamsin", "Quire");
    }
}
