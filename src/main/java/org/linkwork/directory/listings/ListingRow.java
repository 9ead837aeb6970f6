package org.linkwork.directory.listings;

import java.time.Instant;
import java.util.stream.Collectors;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.Location;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceDetail;

/**
 * One listing on the provider's page: what it is, where and when, and how fresh it is.
 */
record ListingRow(Service service, String where, String when, String status, String lastVerified,
        Freshness freshness) {

    static ListingRow of(ServiceDetail detail, Instant now) {
        Service service = detail.service();
        return new ListingRow(service,
                detail.locations().stream().map(Location::name).collect(Collectors.joining("; ")),
                service.schedules().stream().map(ListingRow::describe).collect(Collectors.joining("; ")),
                ServiceForms.STATUSES.getOrDefault(service.status(), service.status()),
                Dates.day(detail.lastVerifiedAt()), Freshness.of(detail.lastVerifiedAt(), now));
    }

    private static String describe(Schedule s) {
        return s.description() != null && !s.description().isBlank() ? s.description()
                : ScheduleWords.describe(s.byday(), s.opensAt(), s.closesAt(), "MONTHLY".equals(s.freq()));
    }
}
