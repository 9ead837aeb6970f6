package org.linkwork.directory.listings;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's listings page: their organisation's services with how fresh each is, reminders,
 * reported problems, and confirming a listing is still correct. An administrator chooses the
 * organisation to act for.
 */
@Controller
class ProviderListingsController {

    private final ProviderAccess access;
    private final Directory directory;
    private final ListingEditor editor;
    private final ListingReminders reminders;
    private final ProblemReports reports;
    private final OrganisationNames organisationNames;

    ProviderListingsController(ProviderAccess access, Directory directory, ListingEditor editor,
            ListingReminders reminders, ProblemReports reports, OrganisationNames organisationNames) {
        this.access = access;
        this.directory = directory;
        this.editor = editor;
        this.reminders = reminders;
        this.reports = reports;
        this.organisationNames = organisationNames;
    }

    @GetMapping("/provider")
    String showListings(@RequestParam(name = "organisation", required = false) String organisationId,
            @RequestParam(name = "q", required = false) String words, Model model) {
        Optional<Organization> organisation = access.organisation(organisationId);
        if (organisation.isEmpty()) {
            if (access.isAdmin()) {
                model.addAttribute("q", words);
                model.addAttribute("matches", organisationNames.named(words, 50));
                return "directory/provider/choose-organisation";
            }
            return "directory/provider/no-organisation";
        }
        Organization org = organisation.get();
        Instant now = Instant.now();
        List<String> ids = directory.servicesOf(org.id()).stream().map(Service::id).toList();
        List<ListingRow> rows = directory.serviceDetails(ids).stream().map(d -> ListingRow.of(d, now))
                .sorted(Comparator.comparing((ListingRow r) -> r.freshness() == Freshness.CURRENT)
                        .thenComparing(r -> r.service().name()))
                .toList();
        model.addAttribute("organisation", org);
        model.addAttribute("admin", access.isAdmin());
        model.addAttribute("rows", rows);
        model.addAttribute("reminders", reminders.openFor(org.id()));
        model.addAttribute("reports", reports.openFor(org.id()));
        return "directory/provider/listings";
    }

    @PostMapping("/provider/services/{id}/confirm")
    String confirmStillCorrect(@PathVariable String id, RedirectAttributes redirect) {
        Service service = access.requireService(id);
        editor.confirm(service);
        redirect.addFlashAttribute("confirmed", service.name());
        return "redirect:" + access.listingsPage(service.organizationId());
    }
}
