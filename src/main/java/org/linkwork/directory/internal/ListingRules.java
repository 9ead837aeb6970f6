package org.linkwork.directory.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * What a listing must satisfy before it is stored, each fault named by its field in ORUK form
 * ("cost_options[0].amount") with a message a provider can act on.
 */
final class ListingRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEEKDAYS = Pattern.compile("(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU)))*");
    private static final Pattern MONTH_DAYS = Pattern.compile("-?\\d{1,2}(,-?\\d{1,2})*");

    private ListingRules() {
    }

    static void check(Organization o) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "id", o.id(), "Give the organisation an id");
        required(problems, "name", o.name(), "Enter the organisation's name");
        email(problems, "email", o.email());
        for (int i = 0; i < o.organizationIdentifiers().size(); i++) {
            Organization.OrganizationIdentifier identifier = o.organizationIdentifiers().get(i);
            required(problems, "organization_identifiers[" + i + "].identifier", identifier.identifier(),
                    "Enter the identifier, such as the charity number");
            required(problems, "organization_identifiers[" + i + "].identifier_type", identifier.identifierType(),
                    "Say what kind of identifier it is, such as Charity Number");
        }
        throwIfAny(problems);
    }

    static void check(Location l) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "id", l.id(), "Give the location an id");
        if (!List.of("physical", "postal", "virtual").contains(l.locationType())) {
            problems.add(new FieldProblem("location_type", "Location type must be physical, postal or virtual"));
        }
        if ((l.latitude() == null) != (l.longitude() == null)) {
            problems.add(new FieldProblem("latitude", "Give both latitude and longitude, or neither"));
        }
        if (l.latitude() != null && (l.latitude() < -90 || l.latitude() > 90)) {
            problems.add(new FieldProblem("latitude", "Latitude must be between -90 and 90"));
        }
        if (l.longitude() != null && (l.longitude() < -180 || l.longitude() > 180)) {
            problems.add(new FieldProblem("longitude", "Longitude must be between -180 and 180"));
        }
        throwIfAny(problems);
    }

    static void check(Service s) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "id", s.id(), "Give the service an id");
        required(problems, "name", s.name(), "Enter the name of the service");
        required(problems, "organization_id", s.organizationId(), "Say which organisation runs the service");
        if (!Service.STATUSES.contains(s.status())) {
            problems.add(new FieldProblem("status", "Status must be one of " + String.join(", ", Service.STATUSES)));
        }
        email(problems, "email", s.email());
        if (s.minimumAge() != null && (s.minimumAge() < 0 || s.minimumAge() > 130)) {
            problems.add(new FieldProblem("minimum_age", "Minimum age must be between 0 and 130"));
        }
        if (s.maximumAge() != null && (s.maximumAge() < 0 || s.maximumAge() > 130)) {
            problems.add(new FieldProblem("maximum_age", "Maximum age must be between 0 and 130"));
        }
        if (s.minimumAge() != null && s.maximumAge() != null && s.maximumAge() < s.minimumAge()) {
            problems.add(new FieldProblem("maximum_age", "Maximum age must be the same as or more than the minimum age"));
        }
        for (int i = 0; i < s.costOptions().size(); i++) {
            CostOption cost = s.costOptions().get(i);
            if (cost.amount() != null && cost.amount().signum() < 0) {
                problems.add(new FieldProblem("cost_options[" + i + "].amount", "A cost cannot be less than zero"));
            }
            if (cost.amount() != null && cost.amount().scale() > 2) {
                problems.add(new FieldProblem("cost_options[" + i + "].amount", "Give the cost in pounds and pence, like 3.50"));
            }
        }
        checkSchedules(problems, "schedules", s.schedules());
        for (int i = 0; i < s.serviceAtLocations().size(); i++) {
            Service.ServiceAtLocation sal = s.serviceAtLocations().get(i);
            required(problems, "service_at_locations[" + i + "].location_id", sal.locationId(), "Say where the service runs");
            checkSchedules(problems, "service_at_locations[" + i + "].schedules", sal.schedules());
        }
        throwIfAny(problems);
    }

    private static void checkSchedules(List<FieldProblem> problems, String path, List<Schedule> schedules) {
        for (int i = 0; i < schedules.size(); i++) {
            Schedule schedule = schedules.get(i);
            String field = path + "[" + i + "]";
            if (schedule.freq() != null && !List.of("WEEKLY", "MONTHLY").contains(schedule.freq())) {
                problems.add(new FieldProblem(field + ".freq", "Frequency must be WEEKLY or MONTHLY"));
            }
            if (schedule.byday() != null && !schedule.byday().isBlank() && !WEEKDAYS.matcher(schedule.byday()).matches()) {
                problems.add(new FieldProblem(field + ".byday", "Days must be like MO,WE or, monthly, 1TU for the first Tuesday"));
            }
            if (schedule.bymonthday() != null && !schedule.bymonthday().isBlank()
                    && !MONTH_DAYS.matcher(schedule.bymonthday()).matches()) {
                problems.add(new FieldProblem(field + ".bymonthday", "Days of the month must be numbers like 1,15"));
            }
            LocalTime opens = schedule.opensAt();
            LocalTime closes = schedule.closesAt();
            if (opens != null && closes != null && !closes.isAfter(opens)) {
                problems.add(new FieldProblem(field + ".closes_at", "The end time must be after the start time"));
            }
            if (schedule.validFrom() != null && schedule.validTo() != null && schedule.validTo().isBefore(schedule.validFrom())) {
                problems.add(new FieldProblem(field + ".valid_to", "The end date must be on or after the start date"));
            }
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static void email(List<FieldProblem> problems, String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "Enter an email address like name@example.org"));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
