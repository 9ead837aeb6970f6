package org.linkwork.directory.admin;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.listings.ScheduleWords;
import org.linkwork.place.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds what may be listed twice: organisations with the same charity or company number, and
 * services with alike names at places within {@value #NEARBY_METRES} metres of each other that
 * run on the same days at overlapping times. Pairs an administrator has decided on are left out.
 */
@Component
public class DuplicateDetector {

    public static final int NEARBY_METRES = 500;
    /** Services with no schedule to compare are only offered when their names are at least this alike. */
    static final double ALIKE_WITHOUT_SCHEDULES = 0.8;
    private static final double CELL_LATITUDE = 0.005;
    private static final double CELL_LONGITUDE = 0.008;
    private static final TypeReference<List<Schedule>> SCHEDULES = new TypeReference<>() {
    };

    /** Two organisation records that may be one organisation. */
    public record OrganisationPair(Party first, Party second, List<String> reasons) {
    }

    /** Two services that may be one service. */
    public record ServicePair(Party first, Party second, List<String> reasons) {
    }

    /**
     * One side of a pair.
     *
     * @param detail for an organisation how many services it has; for a service its organisation
     */
    public record Party(String id, String name, String detail) {
    }

    record Venue(String name, GeoPoint point) {
    }

    record Candidate(String id, String name, String organizationName, List<Venue> venues, List<Schedule> schedules) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DuplicateDecisions decisions;

    DuplicateDetector(JdbcClient jdbc, JsonMapper json, DuplicateDecisions decisions) {
        this.jdbc = jdbc;
        this.json = json;
        this.decisions = decisions;
    }

    public List<OrganisationPair> organisations() {
        Set<String> decided = decisions.decidedPairs(DuplicateDecisions.ORGANIZATION);
        Map<List<String>, List<String>> reasons = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, b.id, 'Same charity number: ' || a.charity_number
                from organization a join organization b on a.charity_number = b.charity_number and a.id < b.id
                union all
                select a.id, b.id, 'Same company number: ' || a.company_number
                from organization a join organization b on a.company_number = b.company_number and a.id < b.id
                order by 1, 2, 3
                """)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .forEach(r -> reasons.computeIfAbsent(List.of(r.get(0), r.get(1)), k -> new ArrayList<>()).add(r.get(2)));
        reasons.keySet().removeIf(pair -> decided.contains(DuplicateDecisions.key(pair.get(0), pair.get(1))));
        if (reasons.isEmpty()) {
            return List.of();
        }
        Map<String, Party> parties = new HashMap<>();
        jdbc.sql("""
                select o.id, o.name, count(s.id) from organization o left join service s on s.organization_id = o.id
                where o.id in (:ids) group by o.id, o.name
                """)
                .param("ids", reasons.keySet().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .query((rs, row) -> new Party(rs.getString(1), rs.getString(2),
                        rs.getLong(3) == 1 ? "1 service" : rs.getLong(3) + " services"))
                .list().forEach(p -> parties.put(p.id(), p));
        return reasons.entrySet().stream()
                .map(e -> new OrganisationPair(parties.get(e.getKey().get(0)), parties.get(e.getKey().get(1)), e.getValue()))
                .sorted(Comparator.comparing((OrganisationPair p) -> p.first().name()))
                .toList();
    }

    public List<ServicePair> services() {
        Set<String> decided = decisions.decidedPairs(DuplicateDecisions.SERVICE);
        List<Candidate> candidates = candidates();
        Map<List<Long>, List<int[]>> grid = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            List<Venue> venues = candidates.get(c).venues();
            for (int v = 0; v < venues.size(); v++) {
                grid.computeIfAbsent(cell(venues.get(v).point(), 0, 0), k -> new ArrayList<>()).add(new int[] {c, v});
            }
        }
        Set<String> seen = new HashSet<>();
        List<ServicePair> pairs = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate first = candidates.get(c);
            for (Venue venue : first.venues()) {
                for (long dLat = -1; dLat <= 1; dLat++) {
                    for (long dLon = -1; dLon <= 1; dLon++) {
                        for (int[] near : grid.getOrDefault(cell(venue.point(), dLat, dLon), List.of())) {
                            Candidate second = candidates.get(near[0]);
                            if (near[0] <= c) {
                                continue;
                            }
                            String key = DuplicateDecisions.key(first.id(), second.id());
                            if (decided.contains(key) || !seen.add(key)) {
                                continue;
                            }
                            compare(first, second).ifPresent(pairs::add);
                        }
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing((ServicePair p) -> p.first().name()).thenComparing(p -> p.second().name()));
        return pairs;
    }

    private Optional<ServicePair> compare(Candidate a, Candidate b) {
        double alike = NameSimilarity.of(a.name(), b.name());
        if (alike < NameSimilarity.ALIKE) {
            return Optional.empty();
        }
        Venue closestA = null;
        Venue closestB = null;
        double closest = Double.MAX_VALUE;
        for (Venue va : a.venues()) {
            for (Venue vb : b.venues()) {
                double km = va.point().distanceKm(vb.point());
                if (km < closest) {
                    closest = km;
                    closestA = va;
                    closestB = vb;
                }
            }
        }
        if (closest * 1000 > NEARBY_METRES) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("Names are " + Math.round(alike * 100) + "% alike");
        long metres = Math.round(closest * 1000);
        reasons.add(metres < 20 ? "At the same place: " + closestA.name()
                : metres + " metres apart: " + closestA.name() + " and " + closestB.name());
        if (a.schedules().isEmpty() || b.schedules().isEmpty()) {
            if (alike < ALIKE_WITHOUT_SCHEDULES) {
                return Optional.empty();
            }
            reasons.add("One of them does not say when it runs");
        } else {
            Optional<String> overlap = overlap(a.schedules(), b.schedules());
            if (overlap.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(overlap.get());
        }
        return Optional.of(new ServicePair(new Party(a.id(), a.name(), a.organizationName()),
                new Party(b.id(), b.name(), b.organizationName()), reasons));
    }

    /** How two services' times overlap, if they do: same weekday (and week of the month) and overlapping hours. */
    static Optional<String> overlap(List<Schedule> first, List<Schedule> second) {
        for (Schedule a : first) {
            for (Schedule b : second) {
                Set<String> days = sharedDays(a, b);
                if (days.isEmpty() || !hoursOverlap(a, b)) {
                    continue;
                }
                String when = days.contains("?") ? "Days cannot be compared"
                        : "Both on " + days.stream().map(ScheduleWords::dayName).collect(Collectors.joining(" and "));
                return Optional.of(when + ": " + hours(a) + " and " + hours(b));
            }
        }
        return Optional.empty();
    }

    private static Set<String> sharedDays(Schedule a, Schedule b) {
        if (blank(a.byday()) || blank(b.byday())) {
            return Set.of("?");
        }
        Set<String> shared = new LinkedHashSet<>();
        for (String x : a.byday().split(",")) {
            for (String y : b.byday().split(",")) {
                String dayX = x.replaceAll("^-?\\d", "");
                String dayY = y.replaceAll("^-?\\d", "");
                String weekX = x.substring(0, x.length() - dayX.length());
                String weekY = y.substring(0, y.length() - dayY.length());
                if (dayX.equals(dayY) && (weekX.isEmpty() || weekY.isEmpty() || weekX.equals(weekY))) {
                    shared.add(dayX);
                }
            }
        }
        return shared;
    }

    private static boolean hoursOverlap(Schedule a, Schedule b) {
        if (a.opensAt() == null || b.opensAt() == null) {
            return true;
        }
        LocalTime aCloses = a.closesAt() == null ? a.opensAt().plusHours(1) : a.closesAt();
        LocalTime bCloses = b.closesAt() == null ? b.opensAt().plusHours(1) : b.closesAt();
        return a.opensAt().isBefore(bCloses) && b.opensAt().isBefore(aCloses);
    }

    private static String hours(Schedule s) {
        if (s.opensAt() == null) {
            return "no times given";
        }
        return ScheduleWords.clock(s.opensAt()) + (s.closesAt() == null ? "" : " to " + ScheduleWords.clock(s.closesAt()));
    }

    private List<Candidate> candidates() {
        record Row(String id, String name, String organizationName, String schedules, String venue, double latitude,
                double longitude, String venueSchedules) {
        }
        List<Row> rows = jdbc.sql("""
                select s.id, s.name, o.name, coalesce(s.owned->'schedules', '[]')::text, l.name, l.latitude, l.longitude,
                       sal.schedules::text
                from service s
                join organization o on o.id = s.organization_id
                join service_at_location sal on sal.service_id = s.id
                join location l on l.id = sal.location_id
                where s.status <> 'defunct' and l.latitude is not null and l.longitude is not null
                order by s.id, l.id
                """)
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getString(8)))
                .list();
        Map<String, List<Row>> byService = rows.stream()
                .collect(Collectors.groupingBy(Row::id, LinkedHashMap::new, Collectors.toList()));
        List<Candidate> candidates = new ArrayList<>(byService.size());
        byService.forEach((id, venues) -> {
            Row first = venues.getFirst();
            List<Schedule> schedules = Stream.concat(json.readValue(first.schedules(), SCHEDULES).stream(),
                    venues.stream().flatMap(v -> json.readValue(v.venueSchedules(), SCHEDULES).stream())).toList();
            candidates.add(new Candidate(id, first.name(), first.organizationName(),
                    venues.stream().map(v -> new Venue(v.venue() == null ? "an unnamed place" : v.venue(),
                            new GeoPoint(v.latitude(), v.longitude()))).toList(),
                    schedules));
        });
        return candidates;
    }

    private static List<Long> cell(GeoPoint point, long dLat, long dLon) {
        return List.of((long) Math.floor(point.latitude() / CELL_LATITUDE) + dLat,
                (long) Math.floor(point.longitude() / CELL_LONGITUDE) + dLon);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
