package org.linkwork.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linkwork.matching.vocabulary.Concept;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The link worker's suggestions page and the administrator's concept vocabulary pages. */
@SpringBootTest
@AutoConfigureMockMvc
class MatchingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ConceptVocabulary vocabulary;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void aLinkWorkerTriesSuggestionsAndSeesReasonsAndCautions() throws Exception {
        mvc.perform(get("/suggestions").with(as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("What matters to them")));
        mvc.perform(post("/suggestions").with(as("linkworker")).with(csrf())
                        .param("postcode", "HX1 1UJ").param("whatMatters", "Loves gardening")
                        .param("maxCostPounds", "5").param("days", "TUESDAY", "THURSDAY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gardening: matches what you enjoy")))
                .andExpect(content().string(containsString("linkwork-suggestion")))
                .andExpect(content().string(containsString("Why it fits")));
    }

    @Test
    void whenNothingFitsTheLinkWorkerSeesWhichConstraintLeftItOutAndWhatWouldFitWithoutIt() throws Exception {
        mvc.perform(post("/suggestions").with(as("linkworker")).with(csrf())
                        .param("postcode", "HX1 9AB").param("whatMatters", "Lost her mum in the spring")
                        .param("timesOfDay", "morning"))
                .andExpect(status().isOk())
                .andExpect(content().string(anyOf(containsString("Why nothing fits:"), containsString("Why so few fit:"))))
                .andExpect(content().string(containsString("do not run in the morning")))
                .andExpect(content().string(containsString("Would fit if they could go at another time of day")))
                .andExpect(content().string(containsString("linkwork-near-miss")))
                .andExpect(content().string(containsString("you said mornings")))
                .andExpect(content().string(not(containsString("data-also-breaks"))));
        mvc.perform(post("/suggestions").with(as("linkworker")).with(csrf())
                        .param("postcode", "HX1 1UJ").param("whatMatters", "Loves gardening"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("linkwork-suggestion")))
                .andExpect(content().string(not(containsString("Would fit if"))))
                .andExpect(content().string(not(containsString("linkwork-near-miss"))));
    }

    @Test
    void whenOnlyTwoConstraintsTogetherLeaveEverythingOutTheLinkWorkerSeesWhatWouldFitWithoutBothAndWhy()
            throws Exception {
        String page = mvc.perform(post("/suggestions").with(as("linkworker")).with(csrf())
                        .param("postcode", "HX1 1UJ").param("whatMatters", "Lost her mum in the spring")
                        .param("days", "SUNDAY").param("maxDistanceKm", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(anyOf(containsString("Why nothing fits:"), containsString("Why so few fit:"))))
                .andExpect(content().string(containsString("No service fits both the days and the distance given")))
                .andExpect(content().string(containsString("id=\"would-fit-days-maxDistanceKm\">"
                        + "Would fit if they could go on another day and further away</h2>")))
                .andReturn().getResponse().getContentAsString();
        Matcher nearMiss = Pattern.compile("class=\"nhsuk-card linkwork-near-miss\"\\s+data-service-id=\"[^\"]+\""
                + "\\s+data-breaks=\"days\"\\s+data-also-breaks=\"maxDistanceKm\"").matcher(page);
        assertThat(nearMiss.find()).as(page).isTrue();
        assertThat(page.substring(nearMiss.end())).containsPattern("<strong>Does not fit:</strong>\\s*"
                + "Runs [^<]+ - you said Sundays; \\d+\\.\\d km away - further than the 2 km you gave</p>");
    }

    @Test
    void theSuggestionsFormShowsEachProblemNextToItsField() throws Exception {
        mvc.perform(post("/suggestions").with(as("referrer")).with(csrf())
                        .param("postcode", "nowhere").param("maxDistanceKm", "far"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("postcode-error")))
                .andExpect(content().string(containsString("maxDistanceKm-error")))
                .andExpect(content().string(not(containsString("linkwork-suggestion\""))));
    }

    @Test
    void providersAndCommissionersCannotUseSuggestionsOrTheVocabulary() throws Exception {
        mvc.perform(get("/suggestions").with(as("provider"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/matching/concepts").with(as("linkworker"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorFindsConceptsAndTriesASentence() throws Exception {
        mvc.perform(get("/admin/matching/concepts").with(as("admin")).param("q", "bereave"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bereavement")))
                .andExpect(content().string(not(containsString("Gardening"))));
        mvc.perform(get("/admin/matching/concepts").with(as("admin")).param("sentence", "I don't like groups"))
                .andExpect(content().string(containsString("One-to-one support")))
                .andExpect(content().string(containsString("said against")));
    }

    @Test
    void anAdministratorAddsEditsAndSwitchesOffAConceptAndEachIsAudited() throws Exception {
        mvc.perform(post("/admin/matching/concepts/new").with(as("admin")).with(csrf())
                        .param("code", "chess-club").param("label", "Chess").param("kind", "ACTIVITY")
                        .param("phrases", "chess\nplays chess").param("words", "chess").param("needs", "")
                        .param("reason", "Chess: matches what you enjoy").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/matching/concepts?added=chess-club"));
        Concept added = vocabulary.all().stream().filter(c -> c.code().equals("chess-club")).findFirst().orElseThrow();
        assertThat(added.phrases()).containsExactly("chess", "plays chess");
        assertThat(vocabulary.lexicon().hear("he plays chess").positive()).anyMatch(h -> h.code().equals("chess-club"));

        mvc.perform(post("/admin/matching/concepts/{id}", added.id()).with(as("admin")).with(csrf())
                        .param("code", "chess-club").param("label", "Chess and draughts").param("kind", "ACTIVITY")
                        .param("phrases", "chess\ndraughts").param("version", String.valueOf(added.version()))
                        .param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/matching/concepts?saved=chess-club"));
        Concept changed = vocabulary.concept(added.id());
        assertThat(changed.label()).isEqualTo("Chess and draughts");
        assertThat(changed.enabled()).isFalse();
        assertThat(vocabulary.lexicon().hear("he plays chess").positive()).noneMatch(h -> h.code().equals("chess-club"));

        assertThat(jdbc.sql("select action from audit_event where subject_type = 'concept' and subject_id = :id order by id")
                .param("id", added.id().toString()).query(String.class).list())
                .containsExactly("matching.concept.add", "matching.concept.disable");
    }

    @Test
    void aConceptWithProblemsIsNotSavedAndEachProblemIsShown() throws Exception {
        mvc.perform(post("/admin/matching/concepts/new").with(as("admin")).with(csrf())
                        .param("code", "Not A Code").param("label", "").param("kind", "NEED")
                        .param("needs", "no-such-need").param("alongside", "no-such-concept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("code-error")))
                .andExpect(content().string(containsString("label-error")))
                .andExpect(content().string(containsString("phrases-error")))
                .andExpect(content().string(containsString("needs-error")))
                .andExpect(content().string(containsString("alongside-error")));
        assertThat(vocabulary.all()).noneMatch(c -> c.code().equals("not a code") || c.label().isEmpty());
    }

    @Test
    void anEditFromAnOldVersionIsRefusedSoTheOtherIsNotLost() throws Exception {
        Concept gardening = vocabulary.all().stream().filter(c -> c.code().equals("gardening")).findFirst().orElseThrow();
        mvc.perform(post("/admin/matching/concepts/{id}", gardening.id()).with(as("admin")).with(csrf())
                        .param("code", "gardening").param("label", "Gardening").param("kind", "ACTIVITY")
                        .param("phrases", "garden\ngardening").param("words", "garden")
                        .param("version", String.valueOf(gardening.version() + 7)).param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this concept")));
        assertThat(vocabulary.concept(gardening.id()).phrases()).isEqualTo(gardening.phrases());
        mvc.perform(get("/admin/matching/concepts/{id}", UUID.randomUUID()).with(as("admin")))
                .andExpect(status().isNotFound());
    }
}
