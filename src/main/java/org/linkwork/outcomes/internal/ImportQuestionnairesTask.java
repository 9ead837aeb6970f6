package org.linkwork.outcomes.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import org.linkwork.platform.FileImportTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/linkwork.jar import-questionnaires FILE}: imports questionnaire definitions (a FHIR
 * R4 Questionnaire, or a Bundle of them), printing what became of each and why any was refused.
 *
 * <p>Exit codes: 0 when every definition was imported or was already there; 1 when the file was refused whole
 * and nothing was written; 2 for a usage error; 3 when any definition of the file was refused (the others were imported).
 */
@Component
class ImportQuestionnairesTask extends FileImportTask {

    private final QuestionnaireImports imports;

    @Autowired
    ImportQuestionnairesTask(QuestionnaireImports imports) {
        this(imports, System.out, System.err);
    }

    /** For tests: where the output goes. */
    ImportQuestionnairesTask(QuestionnaireImports imports, PrintStream out, PrintStream err) {
        super(out, err);
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-questionnaires";
    }

    @Override
    public String usage() {
        return "import-questionnaires FILE   import questionnaire definitions (a FHIR R4 Questionnaire or a Bundle of them)";
    }

    @Override
    protected int importFile(Path file, byte[] content) {
        QuestionnaireImports.Report report;
        try {
            report = imports.importFile(file.getFileName().toString(), content, "command line");
        } catch (QuestionnaireImports.FileRefused refused) {
            err.println("Refused: " + refused.getMessage());
            err.println("Nothing was imported.");
            return 1;
        }
        for (QuestionnaireImports.Outcome outcome : report.definitions()) {
            String which = "definition " + outcome.position() + (outcome.ref() == null ? "" : " (" + outcome.ref() + ")");
            switch (outcome.result()) {
                case IMPORTED -> out.println("Imported " + which);
                case UNCHANGED -> out.println("Already there, unchanged: " + which);
                case REFUSED -> {
                    err.println("Refused " + which + ":");
                    outcome.problems().forEach(p -> err.println("    " + p.field() + ": " + p.message()));
                }
            }
        }
        out.printf("%d imported, %d unchanged, %d refused%n", report.count(QuestionnaireImports.Result.IMPORTED),
                report.count(QuestionnaireImports.Result.UNCHANGED), report.count(QuestionnaireImports.Result.REFUSED));
        return report.count(QuestionnaireImports.Result.REFUSED) == 0 ? 0 : 3;
    }
}
