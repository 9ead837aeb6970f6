package org.linkwork.directory.listings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Anyone can tell us a listing is wrong, without signing in. Robots are turned away by a honeypot
 * field and a limit on reports from one address.
 */
@Controller
class ReportProblemController {

    static final int DESCRIPTION_MIN = 10;
    static final int DESCRIPTION_MAX = 1500;

    private final Directory directory;
    private final ProblemReports reports;
    private final ReportRateLimit rateLimit;

    ReportProblemController(Directory directory, ProblemReports reports, ReportRateLimit rateLimit) {
        this.directory = directory;
        this.reports = reports;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/services/{id}/report-a-problem")
    String showReportForm(@PathVariable String id, Model model) {
        return show(model, service(id), new ReportForm());
    }

    @PostMapping("/services/{id}/report-a-problem")
    String reportProblem(@PathVariable String id, @ModelAttribute("reportForm") ReportForm form, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Service service = service(id);
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            // A robot filled in the hidden field: thank it as if it were a person, and keep nothing.
            return "redirect:/services/" + id + "/report-a-problem/sent";
        }
        Optional<ProblemReports.Kind> kind = ProblemReports.Kind.of(form.getKind());
        if (kind.isEmpty()) {
            result.rejectValue("kind", "required", "Choose what is wrong with the listing");
        }
        String description = form.getDescription() == null ? "" : form.getDescription().strip();
        if (description.isEmpty()) {
            result.rejectValue("description", "required", "Describe the problem");
        } else if (description.length() < DESCRIPTION_MIN) {
            result.rejectValue("description", "short", "Describe the problem in at least 10 characters");
        } else if (description.length() > DESCRIPTION_MAX) {
            result.rejectValue("description", "long", "The description must be 1,500 characters or fewer");
        }
        String email = form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip();
        if (email != null && (email.length() > 254 || !ServiceForms.EMAIL.matcher(email).matches())) {
            result.rejectValue("email", "format", "Enter an email address, like name@example.org, or leave it empty");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, service, form);
        }
        if (!rateLimit.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("service", service);
            return "directory/report/too-many";
        }
        reports.submit(service.id(), kind.orElseThrow(), description, email);
        return "redirect:/services/" + id + "/report-a-problem/sent";
    }

    @GetMapping("/services/{id}/report-a-problem/sent")
    String showReportSent(@PathVariable String id, Model model) {
        model.addAttribute("service", service(id));
        return "directory/report/sent";
    }

    private Service service(String id) {
        return directory.findService(id).orElseThrow(() -> new ListingNotFound(id));
    }

    private String show(Model model, Service service, ReportForm form) {
        model.addAttribute("service", service);
        model.addAttribute("reportForm", form);
        model.addAttribute("kinds", ProblemReports.Kind.values());
        return "directory/report/report-a-problem";
    }
}
