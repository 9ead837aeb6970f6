package org.linkwork.outcomes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.UUID;
import org.linkwork.outcomes.Questionnaires;
import org.linkwork.outcomes.internal.OutcomeQuestionnaires;
import org.linkwork.outcomes.internal.QuestionnaireImports;
import org.linkwork.outcomes.internal.QuestionnaireImports.Result;
import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' questionnaire definitions: the list with versions and status, upload a file of
 * definitions, and one definition with its items and scoring.
 */
@Controller
@RequestMapping("/admin/outcomes/questionnaires")
class QuestionnaireAdminController {

    private final Questionnaires questionnaires;
    private final OutcomeQuestionnaires stored;
    private final QuestionnaireImports imports;

    QuestionnaireAdminController(Questionnaires questionnaires, OutcomeQuestionnaires stored,
            QuestionnaireImports imports) {
        this.questionnaires = questionnaires;
        this.stored = stored;
        this.imports = imports;
    }

    /** The upload form's one field. */
    static class UploadForm {

        private MultipartFile file;

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    @GetMapping
    String showQuestionnaires(Model model) {
        model.addAttribute("uploadForm", new UploadForm());
        return list(model);
    }

    @PostMapping
    String uploadQuestionnaires(@ModelAttribute("uploadForm") UploadForm form, BindingResult result, Model model,
            Principal principal) {
        MultipartFile file = form.getFile();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "required", file == null || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank() ? "Select a JSON file of definitions" : "The selected file is empty");
            return list(model);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "uploaded file" : file.getOriginalFilename();
        QuestionnaireImports.Report report;
        try {
            report = imports.importFile(name, file.getBytes(), principal.getName());
        } catch (QuestionnaireImports.FileRefused refused) {
            result.rejectValue("file", "refused", refused.getMessage() + ". Nothing was imported.");
            return list(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.count(Result.REFUSED) > 0) {
            long refused = report.count(Result.REFUSED);
            result.rejectValue("file", "refused", refused == 1 && report.definitions().size() == 1
                    ? "The definition was refused: see why below"
                    : refused + " of " + report.definitions().size() + " definitions were refused: see why below");
        }
        model.addAttribute("report", report);
        return list(model);
    }

    @GetMapping("/{id}")
    String showQuestionnaire(@PathVariable UUID id, Model model) {
        model.addAttribute("shown", stored.show(id));
        return "outcomes/admin/questionnaire";
    }

    private String list(Model model) {
        model.addAttribute("questionnaires", questionnaires.all());
        return "outcomes/admin/questionnaires";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String questionnaireNotFound() {
        return "error/404";
    }
}
