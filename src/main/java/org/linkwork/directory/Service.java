package org.linkwork.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A service, group or activity (ORUK 3.0 {@code service}) with what it owns: schedules, cost
 * options, contacts, languages, service areas, funding, where it runs and the taxonomy terms it is
 * tagged with. {@code assuredDate} is when the listing was last verified as correct.
 *
 * @param status "active", "inactive", "defunct" or "temporarily closed"
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Service(String id, String organizationId, String name, String description, String url, String email,
        String status, String fees, String accreditations, Integer minimumAge, Integer maximumAge,
        LocalDate assuredDate, String assurerEmail, String alert, Instant lastModified,
        List<Schedule> schedules, List<ServiceArea> serviceAreas, List<ServiceAtLocation> serviceAtLocations,
        List<Language> languages, List<Funding> funding, List<CostOption> costOptions, List<Contact> contacts,
        List<Attribute> attributes) {

    public static final List<String> STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");

    public Service {
        schedules = copy(schedules);
        serviceAreas = copy(serviceAreas);
        serviceAtLocations = copy(serviceAtLocations);
        languages = copy(languages);
        funding = copy(funding);
        costOptions = copy(costOptions);
        contacts = copy(contacts);
        attributes = copy(attributes);
    }

    public boolean isActive() {
        return "active".equals(status);
    }

    /** Free when it has no cost option with a price. */
    public boolean isFree() {
        return costOptions.stream().allMatch(CostOption::isFree);
    }

    public List<String> taxonomyTermIds() {
        return attributes.stream().map(Attribute::taxonomyTermId).toList();
    }

    public List<String> locationIds() {
        return serviceAtLocations.stream().map(ServiceAtLocation::locationId).toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Where the service runs, with any schedule particular to that location.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ServiceAtLocation(String id, String locationId, List<Schedule> schedules) {

        public ServiceAtLocation {
            schedules = schedules == null ? List.of() : List.copyOf(schedules);
        }
    }

    /**
     * A link from the service to a taxonomy term (ORUK 3.0 {@code attribute}).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attribute(String id, String taxonomyTermId, String linkType, String value) {
    }
}
