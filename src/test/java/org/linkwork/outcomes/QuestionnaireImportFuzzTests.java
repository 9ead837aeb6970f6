package org.linkwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.linkwork.outcomes.internal.QuestionnaireDefinitions;
import org.linkwork.outcomes.internal.QuestionnaireImports;
import org.linkwork.outcomes.internal.QuestionnaireImports.Result;
import org.linkwork.platform.FuzzedApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Coverage-guided fuzzing (Jazzer) of the questionnaire definition import, on the real database. Under
 * {@code ./mvnw verify} it replays the inputs kept in QuestionnaireImportFuzzTestsInputs; bench/fuzz/run.sh
 * fuzzes it for a bounded time with Jazzer's own driver, through {@link #fuzzerInitialize()} and
 * {@link #fuzzerTestOneInput(byte[])}. Whatever the bytes: the import never throws anything but a refusal
 * of the file, a refused file writes nothing, and each definition is stored whole or not at all.
 */
@SpringBootTest
class QuestionnaireImportFuzzTests {

    @Autowired
    QuestionnaireImports imports;

    @Autowired
    QuestionnaireDefinitions definitions;

    @Autowired
    Questionnaires questionnaires;

    @FuzzTest
    void importsAnythingWithoutUnhandledErrorsOrPartialWrites(byte[] content) {
        check(imports, definitions, questionnaires, content);
    }

    private static QuestionnaireImports fuzzedImports;
    private static QuestionnaireDefinitions fuzzedDefinitions;
    private static Questionnaires fuzzedQuestionnaires;

    /** Jazzer's driver: the application once, without a web server, on a test database of its own. */
    public static void fuzzerInitialize() {
        ConfigurableApplicationContext application = FuzzedApplication.start();
        fuzzedImports = application.getBean(QuestionnaireImports.class);
        fuzzedDefinitions = application.getBean(QuestionnaireDefinitions.class);
        fuzzedQuestionnaires = application.getBean(Questionnaires.class);
    }

    public static void fuzzerTestOneInput(byte[] content) {
        check(fuzzedImports, fuzzedDefinitions, fuzzedQuestionnaires, content);
    }

    static void check(QuestionnaireImports imports, QuestionnaireDefinitions definitions, Questionnaires questionnaires,
            byte[] content) {
        long before = definitions.count();
        QuestionnaireImports.Report report;
        try {
            report = imports.importFile("fuzz.json", content, "fuzz test");
        } catch (QuestionnaireImports.FileRefused refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(definitions.count()).isEqualTo(before);
            return;
        }
        assertThat(report.definitions()).isNotEmpty();
        assertThat(definitions.count()).isEqualTo(before + report.count(Result.IMPORTED));
        for (QuestionnaireImports.Outcome outcome : report.definitions()) {
            if (outcome.result() == Result.REFUSED) {
                assertThat(outcome.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.message()).isNotBlank());
            } else {
                assertThat(outcome.id()).isNotNull();
                // What was stored reads back and lists, whole.
                assertThat(questionnaires.all()).anySatisfy(q -> assertThat(q.ref()).isEqualTo(outcome.ref()));
            }
        }
    }
}
