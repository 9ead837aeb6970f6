package org.linkwork.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.place.GeoPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Suggestions over another directory, imported from ORUK 3.0 JSON that has no Linkwork taxonomy at all (only
 * names, descriptions and venues' accessibility in words), in Keighley, away from the Calderdale demo.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportedDirectoryTests {

    static final GeoPoint KEIGHLEY = new GeoPoint(53.8679, -1.9100);

    @Autowired
    MockMvc mvc;

    @Autowired
    Suggestions suggestions;

    @BeforeEach
    void importTheOtherDirectory() throws Exception {
        mvc.perform(post("/api/v1/directory/imports").with(httpBasic("admin", "demo-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(new ClassPathResource("matching/another-directory.json").getContentAsByteArray()))
                .andExpect(status().isCreated());
    }

    private List<String> suggest(String says, Constraints constraints) {
        return suggestions.suggest(new SuggestionRequest(null, KEIGHLEY, says, List.of(), constraints, 10)).stream()
                .map(Suggestion::serviceId).toList();
    }

    private static Constraints within(double km) {
        return new Constraints(km, Set.of(), Set.of(), null, null, false, false, null, false);
    }

    @Test
    void understandsOrdinaryWordsFromTheListingsOwnText() {
        assertThat(suggest("Since my wife died I don't see anyone", within(5))).first().isEqualTo("aire-1");
        assertThat(suggest("My knees hurt on the stairs", within(5))).first().isEqualTo("aire-2");
        assertThat(suggest("loves gardening", within(10))).first().isEqualTo("aire-5");
    }

    @Test
    void judgesStepFreeAccessFromTheVenuesWords() {

        List<String> found = suggest("My knees hurt and I'm lonely", new Constraints(5.0, Set.of(), Set.of(), null, null,
                true, false, null, false));
        assertThat(found).contains("aire-1").doesNotContain("aire-2", "aire-5");
    }

    @Test
    void readsAgesAndCostsFromTheListing() {
        assertThat(suggest("dancing", new Constraints(5.0, Set.of(), Set.of(), null, 45, false, false, null, false)))
                .doesNotContain("aire-4");
        assertThat(suggest("games and music", new Constraints(5.0, Set.of(), Set.of(), null, 30, false, false, null, false)))
                .doesNotContain("aire-7");
        assertThat(suggest("exercise for stiff knees", new Constraints(5.0, Set.of(), Set.of(), BigDecimal.ZERO, null,
                false, false, null, false))).doesNotContain("aire-2");
    }

    @Test
    void someoneWhoCannotFaceARoomOfPeopleIsOfferedCounsellingByPhoneBeforeAGroup() {
        List<Suggestion> found = suggestions.suggest(new SuggestionRequest(null, KEIGHLEY,
                "Really anxious. He doesn't want to sit in a room with people", List.of(), within(5), 10));
        List<String> ids = found.stream().map(Suggestion::serviceId).toList();
        assertThat(ids).contains("aire-8", "aire-9");
        assertThat(ids.indexOf("aire-9")).isLessThan(ids.indexOf("aire-8"));
        assertThat(found.get(ids.indexOf("aire-9")).reasons()).contains("One-to-one: no group to walk into");
        assertThat(found.get(ids.indexOf("aire-8")).cautions()).contains("Groups: you said this is not for you");

        assertThat(suggest("Really anxious, would like a support group", within(5))).first()
                .isEqualTo("aire-8");
    }

    @Test
    void cannotGetThereBringsThePhoneServiceAndTheDialARide() {
        List<String> found = suggest("She is lonely and can't get there", within(5));
        assertThat(found).contains("aire-6", "aire-3");
        assertThat(found.indexOf("aire-6")).isLessThan(3);
    }
}
