package org.linkwork.matching.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.ServiceArea;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.place.Ward;

/**
 * The hard constraints, as filters: a service that breaks one is never suggested.
 *
 * <ul>
 * <li>age: outside the ages the listing records, or states in words ("over 50s"), it is left out;
 * <li>wheelchair or step-free: only services with step-free or wheelchair access recorded: by Linkwork's
 * accessibility codes when the listing uses them, otherwise by the words of the listing and its venues;
 * <li>language: only services offered in it (by their languages, or naming it); English is assumed for
 * services that list no language;
 * <li>days and times: a session on one of the days, starting in one of the parts of the day; services that
 * list no times are kept with the caution "Times not listed";
 * <li>distance: no venue within it, left out; services that come to the person (by phone, home visits,
 * door-to-door) and cover their area are kept, as are services without a venue that cover it; with no distance
 * given, a venue over {@value #FARTHEST_KM} km away is left out all the same, and so is a service with no venue whose
 * areas do not include the person's ward, or are all Linkwork's places when the person is outside them (a phone
 * line for another place);
 * <li>cost: the cheapest way to take part costs more, left out; cost not listed is kept with a caution.
 * </ul>
 */
final class HardConstraints {

    private HardConstraints() {
    }

    static Optional<Verdict> check(Situation situation, ServiceFacts f, Double distanceKm) {
        Constraints c = situation.constraints();
        List<String> reasons = new ArrayList<>();
        List<String> cautions = new ArrayList<>();
        if (!f.listed) {
            return Optional.empty();
        }
        if (c.age() != null && ((f.minimumAge != null && c.age() < f.minimumAge)
                || (f.maximumAge != null && c.age() > f.maximumAge))) {
            return Optional.empty();
        }
        if (c.needsStepFree()) {
            if (!f.stepFree()) {
                return Optional.empty();
            }
            reasons.add(c.wheelchair() && f.accessibility.contains("wheelchair-accessible") ? "Wheelchair accessible"
                    : "Step-free");
        }
        if (c.language() != null && !offeredIn(f, c.language())) {
            return Optional.empty();
        }
        if (c.language() != null && !c.language().equals("en")) {
            reasons.add("In " + languageName(c.language()));
        }
        if (!c.days().isEmpty() || !c.timesOfDay().isEmpty()) {
            if (!f.timesListed) {
                cautions.add(TIMES_NOT_LISTED);
            } else {
                Optional<String> when = when(f, c);
                if (when.isEmpty()) {
                    return Optional.empty();
                }
                reasons.add(when.get());
            }
        }
        // With no distance given, the farthest is FARTHEST_KM; a service with no venue is too far only for a
        // distance given (otherwise its areas decide, below).
        double farthest = c.maxDistanceKm() != null ? c.maxDistanceKm() : FARTHEST_KM;
        boolean tooFar = distanceKm != null ? distanceKm > farthest : c.maxDistanceKm() != null;
        if (tooFar && !reaches(f, situation.ward(), distanceKm)) {
            return Optional.empty();
        }
        if (distanceKm == null && !servesWhereThePersonIs(f, situation.ward())) {
            return Optional.empty();
        }
        if (c.maxCostPounds() != null) {
            if (f.cost.cheapest() != null && f.cost.cheapest().compareTo(c.maxCostPounds()) > 0) {
                return Optional.empty();
            }
            if (!f.cost.known()) {
                cautions.add("Cost not listed: ask before going");
            }
        }
        return Optional.of(new Verdict(reasons, cautions));
    }

    /**
     * With no distance given, venues further than this are left out: nobody goes 40 km to a weekly group, and a
     * directory imported for another place should not fill the suggestions of people here.
     */
    static final double FARTHEST_KM = 40;
    /** The caution of a service whose times are not listed, wherever days or times were given or said. */
    static final String TIMES_NOT_LISTED = "Times not listed: check it runs when you can go";
    private static final String LINKWORK_AREA = "linkwork:";

    /** How far from its base a service that comes to people is taken to reach, when no area it covers says. */
    static final double OUTREACH_REACH_KM = 15;

    /**
     * Whether a service reaches the person without their travelling to it: it comes to people (phone, home
     * visits, door-to-door) and covers the person's ward or place; where the person is outside the places
     * served, or the listing names no area, it comes to people from a base within {@value #OUTREACH_REACH_KM} km
     * (or names none).
     */
    static boolean reaches(ServiceFacts f, Optional<Ward> ward, Double venueKm) {
        if (!f.outreach.comesToYou()) {
            return false;
        }
        if (ward.isPresent() && !f.areas.isEmpty()) {
            return areaCovers(f, ward.get());
        }
        return venueKm == null || venueKm <= OUTREACH_REACH_KM;
    }

    /**
     * Whether a service with no venue may serve the person where they are: its areas cover their ward; or, for
     * someone outside every place Linkwork knows, its areas are not all Linkwork's own wards and places (those are
     * known not to reach them; an area only named, "Whitby and the Esk Valley", cannot be told).
     */
    private static boolean servesWhereThePersonIs(ServiceFacts f, Optional<Ward> ward) {
        if (f.areas.isEmpty()) {
            return true;
        }
        if (ward.isPresent()) {
            return areaCovers(f, ward.get());
        }
        return !f.areas.stream().allMatch(a -> a.uri() != null && a.uri().startsWith(LINKWORK_AREA));
    }

    private static boolean areaCovers(ServiceFacts f, Ward w) {
        for (ServiceArea area : f.areas) {
            String uri = area.uri() == null ? "" : area.uri();
            String name = area.name() == null ? "" : area.name().toLowerCase(Locale.UK);
            if (uri.equals("linkwork:ward:" + w.code()) || uri.equals("linkwork:place:" + w.placeId())
                    || name.startsWith(w.name().toLowerCase(Locale.UK)) || name.equalsIgnoreCase(w.placeId())) {
                return true;
            }
        }
        return false;
    }

    static boolean offeredIn(ServiceFacts f, String code) {
        String name = languageName(code).toLowerCase(Locale.UK);
        if (f.languageCodes.isEmpty() && f.languageNames.isEmpty()) {
            return code.equals("en") || TopicMatch.in(f.fitText, Phrase.of(name));
        }
        return f.languageCodes.contains(code) || f.languageNames.contains(name)
                || TopicMatch.in(f.fitText, Phrase.of(name));
    }

    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isBlank() ? code : name;
    }

    /** The first session that fits the days and times asked for, in words: "Tuesday morning". */
    private static Optional<String> when(ServiceFacts f, Constraints c) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!c.days().isEmpty() && !c.days().contains(day)) {
                continue;
            }
            for (Schedule.Session s : f.sessions) {
                if (s.day() != day) {
                    continue;
                }
                String dayName = day.getDisplayName(TextStyle.FULL, Locale.UK);
                String monthly = s.monthly() ? ", once a month" : "";
                if (s.opens() == null) {
                    if (c.timesOfDay().isEmpty()) {
                        return Optional.of(dayName + monthly);
                    }
                    continue;
                }
                PartOfDay part = PartOfDay.of(s.opens());
                if (c.timesOfDay().isEmpty() || c.timesOfDay().contains(part)) {
                    return Optional.of(dayName + " " + part.code() + monthly);
                }
            }
        }
        return Optional.empty();
    }
}
