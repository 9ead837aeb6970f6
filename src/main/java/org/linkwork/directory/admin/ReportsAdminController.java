package org.linkwork.directory.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.directory.listings.ListingNotFound;
import org.linkwork.directory.listings.ProblemReports;
import org.linkwork.directory.listings.ReportReview;
import org.linkwork.directory.listings.ReportReviewForm;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Users;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Problems reported by the public with any listing, for administrators to resolve or dismiss.
 */
@Controller
class ReportsAdminController {

    private static final int RECENTLY_CLOSED = 50;

    private final ProblemReports reports;
    private final Users users;

    ReportsAdminController(ProblemReports reports, Users users) {
        this.reports = reports;
        this.users = users;
    }

    @GetMapping("/admin/reports")
    String showReports(Model model) {
        model.addAttribute("reports", reports.latest(RECENTLY_CLOSED));
        model.addAttribute("openCount", reports.countOpen());
        return "directory/admin/reports";
    }

    @GetMapping("/admin/reports/{id}")
    String showReport(@PathVariable UUID id, Model model) {
        return ReportReview.show(model, report(id), new ReportReviewForm(), "/admin/reports/" + id, "/admin/reports");
    }

    @PostMapping("/admin/reports/{id}")
    String closeReport(@PathVariable UUID id, @ModelAttribute("reviewForm") ReportReviewForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProblemReports.Report report = report(id);
        Optional<ProblemReports.Outcome> outcome = form.read(result);
        if (outcome.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return ReportReview.show(model, report, form, "/admin/reports/" + id, "/admin/reports");
        }
        String actor = users.current().map(CurrentUser::username).orElse("admin");
        boolean closed = reports.close(id, outcome.get(), form.getNote().strip(), actor);
        redirect.addFlashAttribute(closed ? "reportClosed" : "reportAlreadyClosed", report.serviceName());
        return "redirect:/admin/reports";
    }

    private ProblemReports.Report report(UUID id) {
        return reports.find(id).orElseThrow(() -> new ListingNotFound(id.toString()));
    }
}
