package org.linkwork.matching.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Location;
import org.linkwork.directory.ServiceDetail;

/**
 * Writes the demo directory's listings, a line each, to {@code target/demo-services.tsv}, for judge.py,
 * which made judgments.csv from the scenarios' grades.
 */
final class DemoListingsDump {

    private DemoListingsDump() {
    }

    static void write(Directory directory, Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        directory.forEachService(200, batch -> {
            for (ServiceDetail d : batch) {
                var s = d.service();
                Location loc = d.locations().isEmpty() ? null : d.locations().getFirst();
                lines.add(String.join("\t", s.id(), s.name(), d.organization().name(), s.status(),
                        String.valueOf(s.minimumAge()), String.valueOf(s.maximumAge()),
                        String.join(",", d.terms().stream().map(t -> t.code()).toList()),
                        s.costOptions().isEmpty() ? ""
                                : s.costOptions().getFirst().option() + " " + s.costOptions().getFirst().amount(),
                        String.join(";", s.schedules().stream()
                                .map(x -> x.byday() + " " + x.opensAt() + " " + x.attendingType()).toList()),
                        loc == null ? "" : loc.name() + "|" + loc.latitude() + "|" + loc.longitude(),
                        String.join(",", s.languages().stream().map(l -> l.code()).toList()),
                        d.lastVerifiedAt().toString().substring(0, 10),
                        Objects.requireNonNullElse(s.description(), "").replace("\t", " ")));
            }
        });
        Files.write(file, lines);
    }
}
