package org.linkwork.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.linkwork.place.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality of suggestions on the evaluation set (scenarios.yaml, judgments.csv) over the demo directory:
 * nDCG@5 of {@code POST /api/v1/suggestions}, against the directory's plain text search with what matters as
 * the text, near the same postcode, over the same services.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuggestionsEvaluationTests {

    static final int K = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DirectorySearch search;

    @Autowired
    Places places;

    @Autowired
    Directory directory;

    @Autowired
    ConceptVocabulary vocabulary;

    @Test
    void suggestionsRankWhatLinkWorkersJudgeRelevantFarAboveTextSearch() throws Exception {
        DemoListingsDump.write(directory, Path.of("target", "demo-services.tsv"));
        EvaluationSet set = EvaluationSet.read();
        assertThat(set.scenarios()).hasSizeGreaterThanOrEqualTo(40);
        Figures tuned = evaluate(set, "evaluation-details.txt");
        long started = System.nanoTime();
        for (Scenario scenario : set.scenarios()) {
            suggest(scenario, new StringBuilder(), Map.of());
        }
        System.out.printf(Locale.UK, "time a suggestion over the API, on average (not a benchmark): %.1f ms%n",
                (System.nanoTime() - started) / 1e6 / set.scenarios().size());

        EvaluationSet heldOut = EvaluationSet.heldOut();
        Figures unseen = evaluate(heldOut, null);
        EvaluationSet secondHeldOut = EvaluationSet.secondHeldOut();
        Figures unseenAgain = evaluate(secondHeldOut, null);
        importTheDirectoryElsewhere();
        EvaluationSet elsewhere = EvaluationSet.elsewhere();
        Figures elsewhereStudied = evaluate(elsewhere.alternate(0), "elsewhere-details.txt");
        Figures elsewhereHeldOut = evaluate(elsewhere.alternate(1), null);
        System.out.printf(Locale.UK, "nDCG@%d over %d scenarios: suggestions %.3f, plain text search %.3f%n", K,
                set.scenarios().size(), tuned.suggestions(), tuned.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d held-out scenarios (never tuned on): suggestions %.3f, plain text "
                + "search %.3f%n", K, heldOut.scenarios().size(), unseen.suggestions(), unseen.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d second held-out scenarios (never tuned on): suggestions %.3f, plain "
                + "text search %.3f%n", K, secondHeldOut.scenarios().size(), unseenAgain.suggestions(), unseenAgain.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d scenarios elsewhere, over another directory, that may be studied: "
                + "suggestions %.3f, plain text search %.3f%n", K, elsewhere.alternate(0).scenarios().size(),
                elsewhereStudied.suggestions(), elsewhereStudied.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d scenarios elsewhere, over another directory, held out: "
                + "suggestions %.3f, plain text search %.3f%n", K, elsewhere.alternate(1).scenarios().size(),
                elsewhereHeldOut.suggestions(), elsewhereHeldOut.text());

        // The target is 0.85; the guards sit just below what was measured (see docs/matching.md), to catch a fall.
        assertThat(tuned.suggestions()).isGreaterThanOrEqualTo(0.78);
        assertThat(tuned.suggestions() - tuned.text()).isGreaterThanOrEqualTo(0.15);
        // The held-out set is small (ten scenarios), so its guard is looser: it shows carrying over, not tuning.
        assertThat(heldOut.scenarios()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(unseen.suggestions() - unseen.text()).isGreaterThanOrEqualTo(0.05);
        assertThat(secondHeldOut.scenarios()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(unseenAgain.suggestions() - unseenAgain.text()).isGreaterThanOrEqualTo(0.05);
    }

    /**
     * The directory elsewhere is imported as any ORUK feed is, after the sets over the demo directory are done
     * (its services are a hundred kilometres from Calderdale, but nothing should depend on that).
     */
    private void importTheDirectoryElsewhere() throws Exception {
        MockHttpServletResponse started = mvc.perform(post("/api/v1/directory/imports").with(httpBasic("admin", "demo-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(new ClassPathResource(EvaluationSet.FOLDER + "elsewhere/directory.json").getContentAsByteArray()))
                .andReturn().getResponse();
        assertThat(started.getStatus()).as(started.getContentAsString()).isIn(201, 202);
        String location = started.getHeader("Location");
        JsonNode job = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(
                () -> json.readTree(mvc.perform(get(location).with(httpBasic("admin", "demo-password")))
                        .andReturn().getResponse().getContentAsString()),
                j -> !"running".equals(j.get("status").asString()));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("counts").get("failed").asInt()).as(job.toString()).isZero();
    }

    /**
     * @param detailsFile where to write, and print, how each scenario went; null for a held-out set, whose
     *                    scenarios nobody tuning should see one by one: only its figures are printed
     */
    private Figures evaluate(EvaluationSet set, String detailsFile) throws Exception {
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
            java.nio.file.Files.writeString(Path.of("target", detailsFile), details);
        }
        return new Figures(suggested / set.scenarios().size(), searched / set.scenarios().size());
    }

    private record Figures(double suggestions, double text) {
    }

    private List<String> suggest(Scenario scenario, StringBuilder details, Map<String, Integer> grades) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        if (scenario.postcode() != null) {
            body.put("postcode", scenario.postcode());
        } else {
            body.put("location", Map.of("lat", scenario.location().latitude(), "lon", scenario.location().longitude()));
        }
        body.put("whatMatters", scenario.says());
        body.put("needs", scenario.needs());
        body.put("constraints", scenario.constraints());
        body.put("limit", 10);
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

    /** The public search as a person would use it: what matters as the words, near their postcode. */
    private List<String> textSearch(Scenario scenario) {
        SearchQuery.Builder query = SearchQuery.builder().text(scenario.says()).needs(scenario.needs())
                .near(scenario.postcode() != null ? places.locate("postcode", scenario.postcode()).point()
                        : scenario.location()).page(1, 10);
        return search.search(query.build()).hits().stream().map(SearchHit::serviceId).toList();
    }

}
