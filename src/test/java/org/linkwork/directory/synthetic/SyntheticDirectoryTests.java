package org.linkwork.directory.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.ServiceDetail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SyntheticDirectoryTests {

    @Autowired
    SyntheticDirectory synthetic;

    @Autowired
    GenerateSyntheticDirectoryTask task;

    @Autowired
    Directory directory;

    @Test
    void writesTheAskedNumberOfSyntheticServicesInEngland() {
        List<Long> progress = new ArrayList<>();
        synthetic.generate(40, 77L, progress::add);

        assertThat(progress).last().isEqualTo(40L);
        List<ServiceDetail> synthetic = new ArrayList<>();
        directory.forEachService(500, batch -> batch.stream()
                .filter(d -> d.service().description().contains("Synthetic listing")).forEach(synthetic::add));
        assertThat(synthetic).hasSize(40).allSatisfy(detail -> {
            assertThat(detail.locations()).singleElement().satisfies(l -> {
                assertThat(l.latitude()).isBetween(49.8, 55.9);
                assertThat(l.longitude()).isBetween(-6.5, 2.0);
            });
            assertThat(detail.service().schedules()).isNotEmpty();
            assertThat(detail.terms()).isNotEmpty();
            assertThat(detail.organization().description()).contains("Synthetic");
        });
    }

    @Test
    void refusesANumberThatIsNotAPositiveWholeNumber() {
        assertThat(task.run(List.of("many"))).isEqualTo(2);
        assertThat(task.run(List.of("0"))).isEqualTo(2);
        assertThat(task.run(List.of())).isEqualTo(2);
    }
}
