package org.linkwork.directory.listings;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
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
 * A provider reviews a problem reported with one of their listings and resolves or dismisses it.
 */
@Controller
class ProviderReportsController {

    private final ProviderAccess access;
    private final ProblemReports reports;

    ProviderReportsController(ProviderAccess access, ProblemReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GetMapping("/provider/reports/{id}")
    String showReport(@PathVariable UUID id, Model model) {
        ProblemReports.Report report = report(id);
        return ReportReview.show(model, report, new ReportReviewForm(), "/provider/reports/" + id,
                access.listingsPage(report.organizationId()));
    }

    @PostMapping("/provider/reports/{id}")
    String closeReport(@PathVariable UUID id, @ModelAttribute("reviewForm") ReportReviewForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProblemReports.Report report = report(id);
        String back = access.listingsPage(report.organizationId());
        Optional<ProblemReports.Outcome> outcome = form.read(result);
        if (outcome.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return ReportReview.show(model, report, form, "/provider/reports/" + id, back);
        }
        boolean closed = reports.close(id, outcome.get(), form.getNote().strip(), access.user().username());
        redirect.addFlashAttribute(closed ? "reportClosed" : "reportAlreadyClosed", report.serviceName());
        return "redirect:" + back;
    }

    private ProblemReports.Report report(UUID id) {
        ProblemReports.Report report = reports.find(id).orElseThrow(() -> new ListingNotFound(id.toString()));
        access.requireService(report.serviceId());
        return report;
    }
}
