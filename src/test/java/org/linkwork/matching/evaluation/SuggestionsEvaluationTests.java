package org.linkwork.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.matching.evaluation.EvaluationRun.Figures;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.linkwork.place.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality of suggestions on the evaluation sets over the demo directory (scenarios.yaml, judgments.csv and the two
 * held-out sets): nDCG@5 of {@code POST /api/v1/suggestions}, against the directory's plain text search with what
 * matters as the text, near the same postcode, over the same services.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuggestionsEvaluationTests {

    static final int K = EvaluationRun.K;

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
        EvaluationRun run = new EvaluationRun(mvc, json, search, places, vocabulary);
        EvaluationSet set = EvaluationSet.read();
        assertThat(set.scenarios()).hasSizeGreaterThanOrEqualTo(40);
        Figures tuned = run.evaluate(set, "evaluation-details.txt");
        long started = System.nanoTime();
        for (Scenario scenario : set.scenarios()) {
            run.suggest(scenario, new StringBuilder(), Map.of());
        }
        System.out.printf(Locale.UK, "time a suggestion over the API, on average (not a benchmark): %.1f ms%n",
                (System.nanoTime() - started) / 1e6 / set.scenarios().size());

        EvaluationSet heldOut = EvaluationSet.heldOut();
        Figures unseen = run.evaluate(heldOut, null);
        EvaluationSet secondHeldOut = EvaluationSet.secondHeldOut();
        Figures unseenAgain = run.evaluate(secondHeldOut, null);
        System.out.printf(Locale.UK, "nDCG@%d over %d scenarios: suggestions %.3f, plain text search %.3f%n", K,
                set.scenarios().size(), tuned.suggestions(), tuned.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d held-out scenarios (never tuned on): suggestions %.3f, plain text "
                + "search %.3f%n", K, heldOut.scenarios().size(), unseen.suggestions(), unseen.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d second held-out scenarios (never tuned on): suggestions %.3f, plain "
                + "text search %.3f%n", K, secondHeldOut.scenarios().size(), unseenAgain.suggestions(), unseenAgain.text());

        // The target is 0.85; the guards sit just below what was measured (see docs/matching.md), to catch a fall.
        assertThat(tuned.suggestions()).isGreaterThanOrEqualTo(0.80);
        assertThat(tuned.suggestions() - tuned.text()).isGreaterThanOrEqualTo(0.15);
        // The held-out set is small (ten scenarios), so its guard is looser: it shows carrying over, not tuning.
        assertThat(heldOut.scenarios()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(unseen.suggestions() - unseen.text()).isGreaterThanOrEqualTo(0.05);
        assertThat(secondHeldOut.scenarios()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(unseenAgain.suggestions() - unseenAgain.text()).isGreaterThanOrEqualTo(0.05);
    }
}
