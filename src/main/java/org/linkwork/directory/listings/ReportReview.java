package org.linkwork.directory.listings;

import org.springframework.ui.Model;

/**
 * The page on which a provider or an administrator reviews one reported problem.
 */
public final class ReportReview {

    public static final String VIEW = "directory/report/review";

    private ReportReview() {
    }

    /**
     * @param action where the review form is sent
     * @param back   where to go back to
     */
    public static String show(Model model, ProblemReports.Report report, ReportReviewForm form, String action,
            String back) {
        model.addAttribute("report", report);
        model.addAttribute("reviewForm", form);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("reported", Dates.day(report.createdAt()));
        model.addAttribute("closedOn", Dates.day(report.resolvedAt()));
        return VIEW;
    }
}
