package org.linkwork.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linkwork.people.DataProtection;
import org.linkwork.people.DataProtectionRequest;
import org.linkwork.people.LegalException;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonId;
import org.linkwork.people.SubjectAccess;
import org.linkwork.people.SubjectAccessExport;
import org.linkwork.people.internal.Retention;
import org.linkwork.platform.FormErrors;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data protection for administrators (only they may, by the security rules under /admin and by module
 * people): a person's requests and decisions, subject access exports as JSON or PDF, lifting a
 * restriction, and what the retention rules would let go of now.
 */
@Controller
@RequestMapping("/admin/data-protection")
class DataProtectionPagesController {

    static final String READ_REASON = "data protection";

    private final People people;
    private final DataProtection dataProtection;
    private final SubjectAccess subjectAccess;
    private final SubjectAccessPdf pdf;
    private final Retention retention;
    private final JsonMapper json;

    DataProtectionPagesController(People people, DataProtection dataProtection, SubjectAccess subjectAccess,
            SubjectAccessPdf pdf, Retention retention, JsonMapper json) {
        this.people = people;
        this.dataProtection = dataProtection;
        this.subjectAccess = subjectAccess;
        this.pdf = pdf;
        this.retention = retention;
        this.json = json;
    }

    @GetMapping
    String showDataProtection(@RequestParam(required = false) String person, Model model) {
        if (person != null && !person.isBlank()) {
            try {
                return "redirect:/admin/data-protection/people/" + UUID.fromString(person.strip());
            } catch (IllegalArgumentException e) {
                model.addAttribute("personError", "Enter a record number, like 3f2a8c1e-0b7d-4c55-9a1e-2b6f0d9c4e71");
            }
        }
        model.addAttribute("person", person);
        return "people/data-protection";
    }

    @GetMapping("/people/{id}")
    String showPerson(@PathVariable UUID id, Model model) {
        return personPage(new PersonId(id), model);
    }

    @PostMapping("/people/{id}/requests")
    String recordRequest(@PathVariable UUID id, @ModelAttribute("requestForm") DataProtectionRequestForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        DataProtectionRequest.Decided decided = form.decided(problems);
        if (problems.isEmpty()) {
            try {
                DataProtectionRequest request = dataProtection.decide(new PersonId(id), decided);
                redirect.addFlashAttribute("done", request.kind().label() + ": " + request.decision().label().toLowerCase()
                        + ". The decision was recorded" + (request.decision() == DataProtectionRequest.Decision.REFUSED
                        ? "." : " and carried out."));
                return "redirect:/admin/data-protection/people/" + id;
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        FormErrors.addTo(result, problems);
        return personPage(new PersonId(id), model);
    }

    @PostMapping("/people/{id}/export")
    Object exportSubjectAccess(@PathVariable UUID id, @ModelAttribute("exportForm") ReasonForm form,
            BindingResult result, Model model) {
        boolean asPdf = "pdf".equals(form.getFormat());
        if (!asPdf && !"json".equals(form.getFormat())) {
            FormErrors.addTo(result, List.of(new FieldProblem("format", "Choose JSON or PDF")));
            return personPage(new PersonId(id), model);
        }
        SubjectAccessExport export;
        try {
            export = subjectAccess.export(new PersonId(id), form.getReason());
        } catch (InvalidInput e) {
            FormErrors.addTo(result, e.problems());
            return personPage(new PersonId(id), model);
        }
        String name = "subject-access-" + export.personId() + (asPdf ? ".pdf" : ".json");
        return ResponseEntity.ok()
                .contentType(asPdf ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(asPdf ? pdf.render(export) : json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    @PostMapping("/people/{id}/restriction/lift")
    String liftRestriction(@PathVariable UUID id, @ModelAttribute("liftForm") ReasonForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            dataProtection.liftRestriction(new PersonId(id), form.getReason());
            redirect.addFlashAttribute("done", "The restriction was lifted: the record may be worked on again.");
            return "redirect:/admin/data-protection/people/" + id;
        } catch (InvalidInput e) {
            FormErrors.addTo(result, e.problems());
            return personPage(new PersonId(id), model);
        }
    }

    @GetMapping("/retention")
    String showRetentionDryRun(Model model) {
        model.addAttribute("report", retention.dryRun());
        return "people/retention";
    }

    private String personPage(PersonId id, Model model) {
        Person person = people.read(id, READ_REASON);
        model.addAttribute("person", person);
        model.addAttribute("restricted", dataProtection.isRestricted(person.id()));
        model.addAttribute("requests", dataProtection.requests(person.id()));
        model.addAttribute("kinds", DataProtectionRequest.Kind.values());
        model.addAttribute("decisions", DataProtectionRequest.Decision.values());
        model.addAttribute("exceptions", LegalException.values());
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", new DataProtectionRequestForm());
        }
        if (!model.containsAttribute("exportForm")) {
            model.addAttribute("exportForm", new ReasonForm());
        }
        if (!model.containsAttribute("liftForm")) {
            model.addAttribute("liftForm", new ReasonForm());
        }
        return "people/data-protection-person";
    }
}
