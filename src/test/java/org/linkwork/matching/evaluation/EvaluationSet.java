package org.linkwork.matching.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkwork.place.GeoPoint;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The scenarios and their graded judgments (0 to 3 by service id; a service not judged is 0).
 */
record EvaluationSet(List<Scenario> scenarios, Map<String, Map<String, Integer>> grades) {

    static final String FOLDER = "matching/evaluation/";

    /** The set the vocabulary and ranking were tuned on. */
    static EvaluationSet read() throws IOException {
        return read("scenarios.yaml", "judgments.csv");
    }

    /** Scenarios written and graded before any output for them was seen, and never tuned on. */
    static EvaluationSet heldOut() throws IOException {
        return read("heldout.yaml", "heldout-judgments.csv");
    }

    /**
     * A second held-out set, written and graded before the vocabulary grew past its first version, and never
     * tuned on: whether more ways of saying things carry over to sentences nobody wrote them for.
     */
    static EvaluationSet secondHeldOut() throws IOException {
        return read("heldout-2.yaml", "heldout-2-judgments.csv");
    }

    /**
     * Scenarios over another directory in another place (elsewhere/directory.json, Scarborough), written with
     * their directory and graded by a helper who never saw the vocabulary or any suggestion: how suggestions do
     * for a directory whose listings nobody wrote for Linkwork (elsewhere/README.md). Its first, third, fifth...
     * scenarios may be studied; the others are held out.
     */
    static EvaluationSet elsewhere() throws IOException {
        return read("elsewhere/scenarios.yaml", "elsewhere/judgments.csv");
    }

    @SuppressWarnings("unchecked")
    private static EvaluationSet read(String scenariosFile, String judgmentsFile) throws IOException {
        Map<String, Object> file;
        try (InputStream in = new ClassPathResource(FOLDER + scenariosFile).getInputStream()) {
            file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) file.get("scenarios")) {
            Map<String, Object> location = (Map<String, Object>) s.get("location");
            scenarios.add(new Scenario((String) s.get("id"), (String) s.get("says"), (String) s.get("postcode"),
                    location == null ? null : new GeoPoint(((Number) location.get("lat")).doubleValue(),
                            ((Number) location.get("lon")).doubleValue()),
                    (List<String>) s.getOrDefault("needs", List.of()),
                    (Map<String, Object>) s.getOrDefault("constraints", Map.of())));
        }
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        String csv = new String(new ClassPathResource(FOLDER + judgmentsFile).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        csv.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.split(",", 4);
            grades.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], Integer.parseInt(cells[2]));
        });
        return new EvaluationSet(scenarios, grades);
    }

    /**
     * Every other scenario, from the first (0) or the second (1): one half to study, one to hold out, split before
     * either was looked at.
     */
    EvaluationSet alternate(int from) {
        List<Scenario> half = new ArrayList<>();
        for (int i = from; i < scenarios.size(); i += 2) {
            half.add(scenarios.get(i));
        }
        return new EvaluationSet(half, grades);
    }

    Map<String, Integer> grades(String scenario) {
        return grades.getOrDefault(scenario, Map.of());
    }
}
