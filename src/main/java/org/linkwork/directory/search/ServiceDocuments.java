package org.linkwork.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Facet;
import org.linkwork.directory.Location;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.place.GeoPoint;

/**
 * A service as one Lucene document: what is searched, filtered and counted, and, stored, all that
 * a list of results shows, so that a search never goes back to the database.
 */
final class ServiceDocuments {

    static final String ID = "id";
    static final String NAME = "name";
    static final String NAME_SORT = "name_sort";
    static final String DESCRIPTION = "description";
    static final String ORGANIZATION = "organization";
    static final String ORGANIZATION_NAME = "organization_name";
    /** Every word of the listing, for matching; {@link #NAME} and {@link #NEED_NAMES} add weight. */
    static final String ALL = "all";
    static final String NEED_NAMES = "need_names";
    static final String NEED = "need";
    static final String ACCESSIBILITY = "accessibility";
    static final String ACCESSIBILITY_LABEL = "accessibility_label";
    static final String ELIGIBILITY = "eligibility";
    static final String DAY = "day";
    /** One two-dimensional point per session and day: (start, end) as minutes of the week from Monday 00:00. */
    static final String SESSION = "session";
    static final String LOCATION = "location";
    static final String POINTS = "points";
    static final String PLACE = "place";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";
    static final String COST = "cost";
    static final String MIN_COST_PENCE = "min_cost_pence";
    static final String COST_TEXT = "cost_text";
    static final String WHEN = "when";
    static final String VERIFIED = "verified";
    /** Doc values that {@link ListingStanding} reads for every match: when verified, and 1 when temporarily closed. */
    static final String VERIFIED_VALUE = "verified_value";
    static final String CLOSED_VALUE = "closed_value";
    static final String STATUS = "status";
    /** Places left or waiting list, in words, as the organisation last stated it. */
    static final String CAPACITY = "capacity";

    static final String TEMPORARILY_CLOSED = "temporarily closed";
    static final int MINUTES_A_DAY = 24 * 60;
    /** Stands for "no upper age limit". */
    static final int NO_AGE_LIMIT = 1000;

    private final FacetsConfig facets;

    ServiceDocuments() {
        facets = new FacetsConfig();
        for (String dim : List.of(Facet.NEEDS, Facet.ACCESSIBILITY, Facet.DAYS, Facet.WARD)) {
            facets.setMultiValued(dim, true);
        }
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    static boolean isListed(Service service) {
        return service.isActive() || TEMPORARILY_CLOSED.equals(service.status());
    }

    /** The service's document, or empty when it is not to be found (inactive or defunct). */
    Optional<Document> document(ServiceDetail detail, Vocabulary vocabulary,
            Function<GeoPoint, Optional<String>> wardOf, LocalDate today) {
        Service service = detail.service();
        if (!isListed(service)) {
            return Optional.empty();
        }
        Document doc = new Document();
        doc.add(new StringField(ID, service.id(), Store.YES));
        doc.add(new StringField(STATUS, service.status(), Store.YES));
        doc.add(new StoredField(NAME, service.name()));
        doc.add(new TextField(NAME, service.name(), Store.NO));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(service.name().toLowerCase(Locale.UK))));
        all(doc, service.name());
        if (service.description() != null) {
            doc.add(new StoredField(DESCRIPTION, service.description()));
            all(doc, service.description());
        }
        if (detail.organization() != null) {
            doc.add(new StringField(ORGANIZATION, detail.organization().id(), Store.YES));
            doc.add(new StoredField(ORGANIZATION_NAME, detail.organization().name()));
            all(doc, detail.organization().name());
        }
        terms(doc, detail.terms(), vocabulary);
        locations(doc, detail.locations(), wardOf);
        schedules(doc, service, today);
        ages(doc, service);
        cost(doc, service);
        detail.capacity().words().ifPresent(words -> doc.add(new StoredField(CAPACITY, words)));
        doc.add(new LongPoint(VERIFIED, detail.lastVerifiedAt().toEpochMilli()));
        doc.add(new StoredField(VERIFIED, detail.lastVerifiedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(VERIFIED_VALUE, detail.lastVerifiedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(CLOSED_VALUE, TEMPORARILY_CLOSED.equals(service.status()) ? 1 : 0));
        try {
            return Optional.of(facets.build(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void all(Document doc, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(ALL, text, Store.NO));
        }
    }

    private static void terms(Document doc, List<TaxonomyTerm> terms, Vocabulary vocabulary) {
        Set<String> needs = new LinkedHashSet<>();
        for (TaxonomyTerm term : terms) {
            all(doc, term.name());
            switch (vocabulary.kind(term)) {
                case NEED -> {
                    doc.add(new TextField(NEED_NAMES, term.name(), Store.NO));
                    needs.addAll(vocabulary.codeWithBroader(term));
                }
                case ACCESSIBILITY -> {
                    doc.add(new StringField(ACCESSIBILITY, term.code(), Store.NO));
                    doc.add(new StoredField(ACCESSIBILITY_LABEL, term.name()));
                    doc.add(new SortedSetDocValuesFacetField(Facet.ACCESSIBILITY, term.code()));
                }
                case ELIGIBILITY -> doc.add(new StringField(ELIGIBILITY, term.code(), Store.NO));
                case OTHER -> {
                }
            }
        }
        for (String need : needs) {
            doc.add(new StringField(NEED, need, Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Facet.NEEDS, need));
        }
    }

    private static void locations(Document doc, List<Location> locations, Function<GeoPoint, Optional<String>> wardOf) {
        List<String> points = new ArrayList<>();
        Set<String> wards = new LinkedHashSet<>();
        String place = null;
        for (Location location : locations) {
            all(doc, location.name());
            location.addresses().forEach(a -> all(doc, a.city()));
            if (place == null) {
                place = location.addresses().stream().map(Location.Address::city).filter(c -> c != null && !c.isBlank())
                        .findFirst().orElse(location.name());
            }
            Optional<GeoPoint> point = location.point();
            if (point.isEmpty()) {
                continue;
            }
            GeoPoint p = point.get();
            doc.add(new LatLonPoint(LOCATION, p.latitude(), p.longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, p.latitude(), p.longitude()));
            points.add(p.latitude() + " " + p.longitude());
            wardOf.apply(p).ifPresent(wards::add);
        }
        if (!points.isEmpty()) {
            doc.add(new StoredField(POINTS, String.join(";", points)));
        }
        if (place != null) {
            doc.add(new StoredField(PLACE, place));
        }
        wards.forEach(w -> doc.add(new SortedSetDocValuesFacetField(Facet.WARD, w)));
    }

    private static void schedules(Document doc, Service service, LocalDate today) {
        List<Schedule> current = ListingWords.schedules(service)
                .filter(s -> s.validTo() == null || !s.validTo().isBefore(today)).toList();
        Set<DayOfWeek> days = new LinkedHashSet<>();
        // The sessions a schedule records, or says only in words ("Mondays 1.30pm to 2.30pm"), as suggestions
        // read them.
        for (Schedule.Session session : current.stream().flatMap(s -> s.sessions().stream()).toList()) {
            days.add(session.day());
            if (session.opens() == null) {
                continue;
            }
            int opens = minutes(session.opens());
            int closes = session.closes() == null ? opens : minutes(session.closes());
            int base = dayBase(session.day());
            doc.add(new IntPoint(SESSION, base + opens, base + closes));
        }
        for (DayOfWeek day : days) {
            doc.add(new StringField(DAY, day.name(), Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Facet.DAYS, day.name()));
        }
        String when = current.stream().map(ListingWords::when).flatMap(Optional::stream).distinct()
                .collect(Collectors.joining("; "));
        if (!when.isEmpty()) {
            doc.add(new StoredField(WHEN, when));
        }
    }

    static int dayBase(DayOfWeek day) {
        return (day.getValue() - 1) * MINUTES_A_DAY;
    }

    static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static void ages(Document doc, Service service) {
        doc.add(new IntPoint(MIN_AGE, service.minimumAge() == null ? 0 : service.minimumAge()));
        doc.add(new IntPoint(MAX_AGE, service.maximumAge() == null ? NO_AGE_LIMIT : service.maximumAge()));
    }

    private static void cost(Document doc, Service service) {
        boolean free = service.isFree();
        doc.add(new StringField(COST, free ? "free" : "paid", Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Facet.COST, free ? "free" : "paid"));
        Optional<BigDecimal> lowest = free ? Optional.of(BigDecimal.ZERO)
                : service.costOptions().stream().map(CostOption::amount).filter(a -> a != null)
                        .min(BigDecimal::compareTo);
        lowest.ifPresent(amount -> doc.add(new LongPoint(MIN_COST_PENCE, pence(amount))));
        ListingWords.cost(service).ifPresent(text -> doc.add(new StoredField(COST_TEXT, text)));
    }

    static long pence(BigDecimal pounds) {
        return pounds.movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    }
}
