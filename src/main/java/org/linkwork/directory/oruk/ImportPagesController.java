package org.linkwork.directory.oruk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.UUID;
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
 * The administrators' imports page: upload an ORUK file, see recent imports, and follow one while
 * it runs (the progress panel polls itself with htmx until the import is over).
 */
@Controller
@RequestMapping("/admin/imports")
class ImportPagesController {

    private final ImportJobs jobs;

    ImportPagesController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /** The upload form's one field. */
    static class ImportForm {

        private MultipartFile file;

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    @GetMapping
    String showImports(Model model) {
        model.addAttribute("importForm", new ImportForm());
        return imports(model);
    }

    @PostMapping
    String processImportForm(@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model,
            Principal principal) {
        MultipartFile file = form.getFile();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "required", file == null || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank() ? "Select an ORUK JSON file" : "The selected file is empty");
            return imports(model);
        }
        ImportJob job;
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "uploaded file" : file.getOriginalFilename();
            job = jobs.start(name, file.getBytes(), principal.getName(), true, ImportJobs.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ImportJob.REFUSED.equals(job.status())) {
            result.rejectValue("file", "refused", job.reason());
            return imports(model);
        }
        return "redirect:/admin/imports/" + job.id();
    }

    @GetMapping("/{id}")
    String showImport(@PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.job(id));
        return "directory/imports/job";
    }

    /** The progress panel alone, for htmx polling. */
    @GetMapping("/{id}/progress")
    String showProgress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.job(id));
        return "directory/imports/job :: progress";
    }

    private String imports(Model model) {
        model.addAttribute("imports", jobs.recent(20));
        return "directory/imports/list";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String importNotFound() {
        return "error/404";
    }
}
