package org.linkwork.directory.admin;

import java.time.Instant;
import org.linkwork.directory.Directory;
import org.linkwork.directory.listings.ListingReminders;
import org.linkwork.directory.listings.ProblemReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's start page: what needs attention in the directory, and its size.
 */
@Controller
class AdminHubController {

    private final Directory directory;
    private final DirectoryFigures figures;
    private final Duplicates duplicates;
    private final ProblemReports reports;
    private final ListingReminders reminders;

    AdminHubController(Directory directory, DirectoryFigures figures, Duplicates duplicates, ProblemReports reports,
            ListingReminders reminders) {
        this.directory = directory;
        this.figures = figures;
        this.duplicates = duplicates;
        this.reports = reports;
        this.reminders = reminders;
    }

    @GetMapping("/admin")
    String showHub(Model model) {
        model.addAttribute("organisations", directory.countOrganizations());
        model.addAttribute("services", figures.services(Instant.now()));
        model.addAttribute("duplicates", duplicates.count());
        model.addAttribute("openReports", reports.countOpen());
        model.addAttribute("dueForCheck", reminders.countOpen());
        return "directory/admin/index";
    }
}
