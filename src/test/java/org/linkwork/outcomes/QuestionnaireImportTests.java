package org.linkwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkwork.outcomes.internal.QuestionnaireDefinitions;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.linkwork.platform.CommandLineTask;

@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireImportTests {

    static final String API = "/api/v1/outcomes/questionnaires";
    static final QuestionnaireRef ONS4 = new QuestionnaireRef("https://linkwork.org/fhir/Questionnaire/ons4-personal-wellbeing", "1.0");
    static final String SEVEN_URL = "https://example.org/fhir/Questionnaire/seven-item-converted";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionnaireDefinitions definitions;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    static byte[] resource(String path) throws IOException {
        try (InputStream in = QuestionnaireImportTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    static String seven() throws IOException {
        return new String(resource("/org/linkwork/outcomes/seven-item-converted.json"), StandardCharsets.UTF_8);
    }

    private ResultActions importJson(String body) throws Exception {
        return mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", "demo-password")));
    }

    private long stored() {
        return definitions.count();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where action like 'outcomes.%'").query(String.class).list();
    }

    @Test
    void seedsOns4AtStartAndOnlyOnce() throws Exception {
        assertThat(questionnaires.all()).extracting(QuestionnaireSummary::ref).contains(ONS4);
        long before = stored();

        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().equals("ShippedQuestionnaires")) {
                runner.run(new DefaultApplicationArguments());
            }
        }

        assertThat(stored()).isEqualTo(before);
        QuestionnaireSummary ons4 = questionnaires.all().stream().filter(q -> q.ref().equals(ONS4)).findFirst().orElseThrow();
        assertThat(ons4.method()).isEqualTo("each");
        assertThat(ons4.itemCount()).isEqualTo(4);
        assertThat(ons4.status()).isEqualTo("active");
    }

    @Test
    void scoresAgainstAStoredDefinition() {
        Scores scores = questionnaires.score(ONS4, Map.of("life-satisfaction", Answer.number(8), "worthwhile",
                Answer.number(7), "happiness", Answer.number(6), "anxiety", Answer.number(2)));

        assertThat(scores.score("worthwhile").value()).isEqualByComparingTo("7");
        assertThat(scores.scores()).hasSize(4);
        assertThatThrownBy(() -> questionnaires.score(new QuestionnaireRef(ONS4.url(), "9.9"), Map.of()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void importsADefinitionOnceAndTakesTheSameContentAgainAsNoChange() throws Exception {
        long before = stored();

        importJson(seven()).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.definitions[0].url").value(SEVEN_URL))
                .andExpect(jsonPath("$.definitions[0].result").value("imported"));
        // Reformatted, the same definition is the same content.
        importJson(seven().replace("\n", "\n  ")).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.unchanged").value(1));

        assertThat(stored()).isEqualTo(before + 1);
        assertThat(auditActions()).contains("outcomes.questionnaire.import");
        Scores scores = questionnaires.score(new QuestionnaireRef(SEVEN_URL, "1"), Map.of("s1", Answer.option("2"),
                "s2", Answer.option("2"), "s3", Answer.option("2"), "s4", Answer.option("2"), "s5", Answer.option("2"),
                "s6", Answer.option("2"), "s7", Answer.option("2")));
        assertThat(scores.score("converted").value()).isEqualByComparingTo("15.32");
    }

    @Test
    void refusesADifferentDefinitionUnderAStoredVersion() throws Exception {
        String original = seven().replace(SEVEN_URL, SEVEN_URL + "-edited");
        importJson(original).andExpect(status().isOk());
        long before = stored();

        importJson(original.replace("Placeholder statement 3", "Another statement 3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message", containsString("give the changed one a new version")));

        assertThat(stored()).isEqualTo(before);
        importJson(original.replace("Placeholder statement 3", "Another statement 3").replace("\"version\": \"1\"",
                "\"version\": \"2\"")).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
    }

    @Test
    void importsEachDefinitionOfABundleWholeOrNotAtAll() throws Exception {
        String fourteen = new String(resource("/org/linkwork/outcomes/fourteen-item-sum.json"), StandardCharsets.UTF_8);
        String broken = fourteen.replace("fourteen-item-sum", "fourteen-broken").replace("\"type\": \"choice\"", "\"type\": \"slider\"");
        long before = stored();

        importJson("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": " + fourteen
                + "}, {\"resource\": " + broken + "}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.definitions[1].result").value("refused"))
                .andExpect(jsonPath("$.definitions[1].errors[0].field").value("entry[1].resource.item[0].type"));

        assertThat(stored()).isEqualTo(before + 1);
        assertThat(questionnaires.all()).extracting(q -> q.ref().url())
                .contains("https://example.org/fhir/Questionnaire/fourteen-item-sum")
                .doesNotContain("https://example.org/fhir/Questionnaire/fourteen-broken");
    }

    @Test
    void refusesAFileThatIsNotJsonOrNotAQuestionnaireWithNothingWritten() throws Exception {
        long before = stored();

        importJson("{\"resourceType\": \"Questionnaire\", ").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("not JSON")));
        importJson("{\"resourceType\": \"Patient\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("resourceType"));

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void keepsEveryoneButAdministratorsOut() throws Exception {
        mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(seven())
                .with(httpBasic("linkworker", "demo-password"))).andExpect(status().isForbidden());
    }

    @Test
    void importsFromTheCommandLine() throws Exception {
        CommandLineTask task = context.getBeansOfType(CommandLineTask.class).values().stream()
                .filter(t -> t.name().equals("import-questionnaires")).findFirst().orElseThrow();
        Path file = temp.resolve("definitions.json");
        Files.writeString(file, seven().replace(SEVEN_URL, SEVEN_URL + "-cli"));
        Path notJson = temp.resolve("notes.txt");
        Files.writeString(notJson, "not a questionnaire");

        assertThat(task.run(List.of(file.toString()))).isZero();
        assertThat(task.run(List.of(file.toString()))).isZero();
        assertThat(task.run(List.of(notJson.toString()))).isEqualTo(1);
        assertThat(task.run(List.of())).isEqualTo(2);
        assertThat(questionnaires.all()).extracting(q -> q.ref().url()).containsOnlyOnce(SEVEN_URL + "-cli");
    }

    @Test
    void uploadsOnTheAdministratorsPageAndShowsTheDefinition() throws Exception {
        byte[] file = seven().replace(SEVEN_URL, SEVEN_URL + "-page").getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/admin/outcomes/questionnaires")
                        .file(new MockMultipartFile("file", "seven.json", "application/json", file))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 imported, 0 already there, 0 refused, from seven.json")));
        QuestionnaireSummary summary = questionnaires.all().stream()
                .filter(q -> q.ref().url().equals(SEVEN_URL + "-page")).findFirst().orElseThrow();

        mvc.perform(get("/admin/outcomes/questionnaires/" + summary.id()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Placeholder statement 7")))
                .andExpect(content().string(containsString("9.51")));
    }

    @Test
    void showsWhyAnUploadWasRefusedNextToTheField() throws Exception {
        byte[] file = seven().replace(SEVEN_URL, SEVEN_URL + "-refused").replace("\"linkId\": \"s2\"", "\"linkId\": \"s1\"")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/admin/outcomes/questionnaires")
                        .file(new MockMultipartFile("file", "seven.json", "application/json", file))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The definition was refused: see why below")))
                .andExpect(content().string(containsString("item[0].item[1].linkId")));
        mvc.perform(multipart("/admin/outcomes/questionnaires")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not JSON")));

        assertThat(questionnaires.all()).extracting(q -> q.ref().url()).doesNotContain(SEVEN_URL + "-refused");
    }
}
