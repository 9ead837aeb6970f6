package org.linkwork.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Places;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an evaluation set: nDCG@{@value #K} of {@code POST /api/v1/suggestions} for each scenario, against the
 * directory's plain text search with what matters as the text, near the same place, over the same services.
 */
final class EvaluationRun {

    static final int K = 5;

    private final MockMvc mvc;
    private final JsonMapper json;
    private final DirectorySearch search;
    private final Places places;
    private final ConceptVocabulary vocabulary;

    EvaluationRun(MockMvc mvc, JsonMapper json, DirectorySearch search, Places places, ConceptVocabulary vocabulary) {
        this.mvc = mvc;
        this.json = json;
        this.search = search;
        this.places = places;
        this.vocabulary = vocabulary;
    }

    record Figures(double suggestions, double text) {
    }

    /**
     * @param detailsFile where to write, and print, how each scenario went; null for a held-out set, whose
     *                    scenarios nobody tuning should see one by one: only its figures are printed
     */
    Figures evaluate(EvaluationSet set, String detailsFile) throws Exception {
        double suggested = 0;
        double searched = 0;
        StringBuilder report = new StringBuilder();
        StringBuilder details = new StringBuilder();
        for (Scenario scenario : set.scenarios()) {
            Map<String, Integer> grades = set.grades(scenario.id());
            List<String> bySuggestions = suggest(scenario, details.append("\n== ").append(scenario.id()).append(": ")
                    .append(scenario.says()).append("\n   heard ").append(vocabulary.lexicon().hear(scenario.says()).heard()
                            .stream().map(h -> (h.negated() ? "not " : "") + h.code() + h.phrases()).toList()).append("\n"), grades);
            List<String> byText = textSearch(scenario);
            double s = Ndcg.at(K, bySuggestions, grades);
            double t = Ndcg.at(K, byText, grades);
            suggested += s;
            searched += t;
            report.append(String.format(Locale.UK, "%-24s suggestions %.3f  text search %.3f  top: %s%n", scenario.id(),
                    s, t, bySuggestions.stream().limit(K).map(id -> String.valueOf(grades.getOrDefault(id, 0))).toList()));
        }
        if (detailsFile != null) {
            System.out.print(report);
            Files.writeString(Path.of("target", detailsFile), details);
        }
        return new Figures(suggested / set.scenarios().size(), searched / set.scenarios().size());
    }

    List<String> suggest(Scenario scenario, StringBuilder details, Map<String, Integer> grades) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        if (scenario.postcode() != null) {
            body.put("postcode", scenario.postcode());
        } else {
            body.put("location", Map.of("lat", scenario.location().latitude(), "lon", scenario.location().longitude()));
        }
        body.put("whatMatters", scenario.says());
        body.put("needs", scenario.needs());
        body.put("constraints", scenario.constraints());
        body.put("limit", Integer.getInteger("eval.limit", 10));
        MockHttpServletResponse response = mvc.perform(post("/api/v1/suggestions").with(httpBasic("linkworker", "demo-password"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode s : json.readTree(response.getContentAsString()).get("suggestions")) {
            ids.add(s.get("serviceId").asString());
            details.append(String.format(Locale.UK, "   %d %.3f %s %s | %s | %s%n", grades.getOrDefault(s.get("serviceId").asString(), 0),
                    s.get("score").asDouble(), s.get("name").asString(), s.get("distanceKm"), s.get("reasons"), s.get("cautions")));
        }
        return ids;
    }

    /** The public search as a person would use it: what matters as the words, near where they are. */
    private List<String> textSearch(Scenario scenario) {
        GeoPoint near = scenario.postcode() != null ? places.locate("postcode", scenario.postcode()).point()
                : scenario.location();
        SearchQuery.Builder query = SearchQuery.builder().text(scenario.says()).needs(scenario.needs()).near(near)
                .page(1, 10);
        return search.search(query.build()).hits().stream().map(SearchHit::serviceId).toList();
    }
}
