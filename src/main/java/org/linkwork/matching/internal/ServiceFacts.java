package org.linkwork.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.linkwork.directory.Capacity;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.matching.vocabulary.TokenText;
import org.linkwork.place.GeoPoint;

/**
 * What suggestions need to know of one service, read once from its listing: its words by field, the needs
 * and accessibility it records (or, for listings without Linkwork's taxonomy, what its words say), where,
 * when, for whom and at what cost.
 */
final class ServiceFacts {

    /** Accessibility features as a listing's own words say them, for listings without Linkwork's codes. */
    private static final Map<String, List<Phrase>> ACCESS_WORDS = Map.of(
            "wheelchair-accessible", phrases("wheelchair accessible", "wheelchair-accessible", "wheelchair access",
                    "accessible to wheelchair users", "wheelchair users welcome", "wheelchair friendly",
                    "fully accessible"),
            "step-free", phrases("step-free", "step free", "level access", "level entrance", "ramp", "ramped access",
                    "ground floor", "no steps", "lift to all floors", "lift access", "flat access"),
            "hearing-loop", phrases("hearing loop", "induction loop", "loop system"),
            "seated-options", phrases("seated", "chair-based", "chair based", "seating", "done sitting"),
            "limited-mobility", phrases("limited mobility", "your own pace", "reduced mobility"),
            "accessible-toilet", phrases("accessible toilet", "disabled toilet", "accessible toilets"),
            "accessible-parking", phrases("blue badge", "disabled parking", "accessible parking"),
            "bsl", phrases("bsl", "british sign language", "sign language"));
    /**
     * Step-free access as a venue's own notes say it: there "a lift" is a lift and "all on one level" is the
     * building, while a service's description may offer "a lift to the shops" or a walk "on the level".
     */
    private static final List<Phrase> VENUE_STEP_FREE = phrases("lift", "lifts", "tail lift", "one level",
            "on the level", "on the flat", "level path", "level paths", "flat path", "level floor");
    /** Unless the notes speak of steps: "steps up to the main door; a lift inside" is not step-free. */
    private static final List<Phrase> STEPS = phrases("step", "steps", "stairs", "stair");
    private static final List<Phrase> PHONE = phrases("by phone", "by telephone", "phone call", "phone calls",
            "over the phone", "telephone befriending", "telephone support", "phone support", "calls you");
    private static final List<Phrase> ONLINE = phrases("on zoom", "via zoom", "online sessions", "online group",
            "meets online", "join online", "online meetings");
    private static final List<Phrase> HOME = phrases("visits you at home", "visit you at home", "home visits",
            "home visit", "visits you", "comes to you", "we come to you", "in your own home");
    private static final List<Phrase> DOOR_TO_DOOR = phrases("door-to-door", "door to door", "pick you up",
            "collect you from home");
    private static final List<Phrase> ANYWHERE = phrases("anywhere in", "across the borough", "borough-wide",
            "county-wide", "city-wide");

    /** A word written as an owner: "carers'", "carer's", "veterans’". */
    private static final Pattern OWNER = Pattern.compile("\\p{L}+(?:'s|s'|’s|s’)(?!\\p{L})");

    private static final Set<String> LINKWORK = Set.of(LinkworkTaxonomies.NEEDS, LinkworkTaxonomies.ACCESSIBILITY,
            LinkworkTaxonomies.ELIGIBILITY);

    final String id;
    final String name;
    final String organisationName;
    final TokenText nameText;
    /** The words the name gives as owners, "Carers' Coffee Morning": whom the service is for. */
    final TokenText ownersText;
    final TokenText termText;
    final TokenText descriptionText;
    final TokenText organisationText;
    /** What the organisation says of itself ("Peer support group."): read only to tell what kind of group it is. */
    final TokenText organisationDescriptionText;
    /** Name, description, cost, languages, schedule notes and the organisation's description. */
    final TokenText fitText;
    /**
     * The same without the organisation's description, which tells everything the organisation does ("runs
     * led walks, a running club and a chair-based class"), not what this service is like.
     */
    final TokenText ownText;
    final Set<String> needCodes;
    final Set<String> accessibility;
    final Map<String, String> accessibilityNames;
    final Outreach outreach;
    final List<GeoPoint> points;
    final List<ServiceArea> areas;
    final Integer minimumAge;
    final Integer maximumAge;
    final Set<String> languageCodes;
    final Set<String> languageNames;
    final List<Schedule.Session> sessions;
    final boolean timesListed;
    final String when;
    final Cost cost;
    final Capacity capacity;
    final Freshness freshness;
    final boolean temporarilyClosed;
    /** Active or temporarily closed: still listed. */
    final boolean listed;
    final String alert;

    ServiceFacts(ServiceDetail detail, Map<String, TaxonomyTerm> needsById, LocalDate today, Instant now) {
        Service s = detail.service();
        id = s.id();
        name = s.name();
        organisationName = detail.organization() == null ? null : detail.organization().name();
        nameText = TokenText.of(s.name());
        ownersText = TokenText.of(owners(s.name()));
        // Linkwork's own terms are read by their codes (needs, accessibility); their names would count them twice.
        termText = TokenText.of(detail.terms().stream().filter(t -> !LINKWORK.contains(t.taxonomyId()))
                .map(TaxonomyTerm::name).toList());
        descriptionText = TokenText.of(s.description());
        organisationText = TokenText.of(organisationName);
        organisationDescriptionText = TokenText.of(detail.organization() == null ? null
                : detail.organization().description());
        needCodes = needCodes(detail.terms(), needsById);
        List<TaxonomyTerm> accessTerms = detail.terms().stream()
                .filter(t -> LinkworkTaxonomies.ACCESSIBILITY.equals(t.taxonomyId()) && t.code() != null).toList();
        accessibilityNames = new java.util.LinkedHashMap<>();
        accessTerms.forEach(t -> accessibilityNames.put(t.code(), t.name()));
        List<String> venueWords = detail.locations().stream()
                .flatMap(l -> Stream.concat(Stream.of(l.description()),
                        l.accessibility().stream().flatMap(a -> Stream.of(a.description(), a.details()))))
                .filter(Objects::nonNull).toList();
        accessibility = accessTerms.isEmpty() ? accessFromWords(venueWords, s) : new LinkedHashSet<>(accessibilityNames.keySet());
        List<Schedule> schedules = Stream.concat(s.schedules().stream(),
                        s.serviceAtLocations().stream().flatMap(sal -> sal.schedules().stream()))
                .filter(sc -> sc.validTo() == null || !sc.validTo().isBefore(today)).toList();
        points = detail.locations().stream().filter(l -> !"virtual".equals(l.locationType()))
                .map(Location::point).flatMap(Optional::stream).toList();
        areas = s.serviceAreas();
        ListingAges stated = ListingAges.in(s.name() + ". " + Objects.requireNonNullElse(s.description(), ""));
        minimumAge = s.minimumAge() != null ? s.minimumAge() : stated.minimum();
        maximumAge = s.maximumAge() != null ? s.maximumAge() : stated.maximum();
        languageCodes = new LinkedHashSet<>();
        languageNames = new LinkedHashSet<>();
        s.languages().forEach(l -> {
            if (l.code() != null) {
                languageCodes.add(l.code().toLowerCase(Locale.ROOT));
            }
            if (l.name() != null) {
                languageNames.add(l.name().toLowerCase(Locale.UK));
            }
        });
        sessions = sessions(schedules);
        timesListed = !sessions.isEmpty();
        when = schedules.stream().map(ServiceFacts::words).filter(Objects::nonNull).distinct()
                .reduce((a, b) -> a + "; " + b).orElse(null);
        cost = Cost.of(s);
        capacity = detail.capacity();
        freshness = Freshness.of(detail.lastVerifiedAt(), now);
        temporarilyClosed = "temporarily closed".equals(s.status());
        listed = s.isActive() || temporarilyClosed;
        alert = s.alert();
        List<String> fit = new ArrayList<>();
        fit.add(s.name());
        fit.add(s.description());
        fit.add(cost.words());
        fit.addAll(languageNames);
        schedules.forEach(sc -> {
            fit.add(sc.description());
            fit.add(sc.notes());
        });
        detail.terms().forEach(t -> fit.add(t.name()));
        ownText = TokenText.of(fit);
        if (detail.organization() != null) {
            fit.add(detail.organization().description());
        }
        fitText = TokenText.of(fit);
        outreach = outreach(s, schedules, detail.locations());
    }

    boolean hasPoint() {
        return !points.isEmpty();
    }

    Optional<Double> nearestKm(GeoPoint from) {
        return points.stream().map(from::distanceKm).min(Double::compare);
    }

    boolean stepFree() {
        return accessibility.contains("step-free") || accessibility.contains("wheelchair-accessible");
    }

    private static Set<String> needCodes(List<TaxonomyTerm> terms, Map<String, TaxonomyTerm> needsById) {
        Set<String> codes = new LinkedHashSet<>();
        for (TaxonomyTerm term : terms) {
            TaxonomyTerm at = term;
            int depth = 0;
            while (at != null && at.code() != null && codes.add(at.code()) && depth++ < 10) {
                at = at.parentId() == null ? null : needsById.get(at.parentId());
            }
        }
        return codes;
    }

    private static Set<String> accessFromWords(List<String> venueWords, Service s) {
        List<String> texts = new ArrayList<>(venueWords);
        texts.add(s.name());
        texts.add(s.description());
        TokenText words = TokenText.of(texts);
        Set<String> found = new LinkedHashSet<>();
        ACCESS_WORDS.forEach((code, phrases) -> {
            if (says(words, phrases)) {
                found.add(code);
            }
        });
        TokenText venue = TokenText.of(venueWords);
        if (says(venue, VENUE_STEP_FREE) && !says(venue, STEPS)) {
            found.add("step-free");
        }
        return found;
    }

    static boolean says(TokenText text, List<Phrase> phrases) {
        return phrases.stream().anyMatch(p -> text.find(p, 0).stream().anyMatch(span -> !span.negated()));
    }

    private static Outreach outreach(Service s, List<Schedule> schedules, List<Location> locations) {
        Set<String> attending = new LinkedHashSet<>();
        schedules.forEach(sc -> {
            if (sc.attendingType() != null) {
                attending.add(sc.attendingType().toLowerCase(Locale.ROOT));
            }
        });
        if (attending.stream().anyMatch(a -> a.contains("phone"))) {
            return Outreach.PHONE;
        }
        if (attending.stream().anyMatch(a -> a.contains("online") || a.contains("virtual"))
                || (!locations.isEmpty() && locations.stream().allMatch(l -> "virtual".equals(l.locationType())))) {
            return Outreach.ONLINE;
        }
        if (attending.stream().anyMatch(a -> a.contains("home"))) {
            return Outreach.HOME;
        }
        TokenText words = TokenText.of(List.of(s.name(), Objects.requireNonNullElse(s.description(), "")));
        if (says(words, DOOR_TO_DOOR)) {
            return Outreach.DOOR_TO_DOOR;
        }
        if (says(words, HOME)) {
            return Outreach.HOME;
        }
        if (says(words, PHONE)) {
            return Outreach.PHONE;
        }
        if (says(words, ONLINE)) {
            return Outreach.ONLINE;
        }
        return says(words, ANYWHERE) ? Outreach.AREA_WIDE : Outreach.NONE;
    }

    private static List<Schedule.Session> sessions(List<Schedule> schedules) {
        return schedules.stream().flatMap(sc -> sc.sessions().stream()).toList();
    }

    private static String words(Schedule sc) {
        if (sc.description() != null && !sc.description().isBlank()) {
            return sc.description().strip();
        }
        return null;
    }

    private static List<Phrase> phrases(String... texts) {
        return Stream.of(texts).map(Phrase::of).toList();
    }

    private static List<String> owners(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> owners = new ArrayList<>();
        Matcher owner = OWNER.matcher(name);
        while (owner.find()) {
            owners.add(owner.group());
        }
        return owners;
    }
}
