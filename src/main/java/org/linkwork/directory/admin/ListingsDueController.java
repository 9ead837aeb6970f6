package org.linkwork.directory.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkwork.directory.listings.Dates;
import org.linkwork.directory.listings.ListingReminders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Listings whose organisations have been reminded to check them, by organisation.
 */
@Controller
class ListingsDueController {

    private final ListingReminders reminders;

    ListingsDueController(ListingReminders reminders) {
        this.reminders = reminders;
    }

    /** A reminder with its dates as shown. */
    record Due(ListingReminders.Reminder reminder, String lastConfirmed, String reminded) {
    }

    @GetMapping("/admin/listings-due")
    String showListingsDue(Model model) {
        Map<String, List<Due>> byOrganisation = reminders.open().stream()
                .map(r -> new Due(r, Dates.day(r.lastVerifiedAt()), Dates.day(r.remindedAt())))
                .collect(Collectors.groupingBy(d -> d.reminder().organizationId(), LinkedHashMap::new,
                        Collectors.toList()));
        model.addAttribute("byOrganisation", byOrganisation);
        model.addAttribute("total", byOrganisation.values().stream().mapToInt(List::size).sum());
        return "directory/admin/listings-due";
    }
}
