package org.linkwork.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.matching.evaluation.EvaluationRun.Figures;
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
 * Quality of suggestions over another directory in another place (elsewhere/: Scarborough, 169 listings written
 * as organisations write them, with no Linkwork taxonomy), imported as any ORUK feed is, beside the Calderdale
 * demo. Its first, third, fifth... scenarios may be studied; the others are held out and only their figure is
 * printed. The context has a database of its own (the property below only sets it apart), so the other tests never
 * see this directory.
 */
@SpringBootTest(properties = "linkwork.evaluation.directory=elsewhere")
@AutoConfigureMockMvc
class ElsewhereEvaluationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DirectorySearch search;

    @Autowired
    Places places;

    @Autowired
    ConceptVocabulary vocabulary;

    @Test
    void suggestionsCarryOverToADirectoryNobodyWroteForLinkwork() throws Exception {
        importTheDirectoryElsewhere();
        EvaluationRun run = new EvaluationRun(mvc, json, search, places, vocabulary);
        EvaluationSet elsewhere = EvaluationSet.elsewhere();
        assertThat(elsewhere.scenarios()).hasSizeGreaterThanOrEqualTo(30);
        Figures studied = run.evaluate(elsewhere.alternate(0), "elsewhere-details.txt");
        Figures heldOut = run.evaluate(elsewhere.alternate(1), null);
        System.out.printf(Locale.UK, "nDCG@%d over %d scenarios elsewhere, over another directory, that may be studied: "
                + "suggestions %.3f, plain text search %.3f%n", EvaluationRun.K, elsewhere.alternate(0).scenarios().size(),
                studied.suggestions(), studied.text());
        System.out.printf(Locale.UK, "nDCG@%d over %d scenarios elsewhere, over another directory, held out: "
                + "suggestions %.3f, plain text search %.3f%n", EvaluationRun.K, elsewhere.alternate(1).scenarios().size(),
                heldOut.suggestions(), heldOut.text());

        // Guards just below what was measured (docs/matching.md), to catch a fall; both halves well above text search.
        assertThat(studied.suggestions()).isGreaterThanOrEqualTo(0.65);
        assertThat(heldOut.suggestions()).isGreaterThanOrEqualTo(0.62);
        assertThat(studied.suggestions() - studied.text()).isGreaterThanOrEqualTo(0.15);
        assertThat(heldOut.suggestions() - heldOut.text()).isGreaterThanOrEqualTo(0.15);
    }

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
}
