package org.linkwork.matching.internal;

import java.util.List;
import java.util.Optional;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.vocabulary.ReadConcept;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Ward;

/**
 * A request read: where the person is, what services should be about, how they would like them run, what
 * they said they do not want, what to suggest alongside, and the hard constraints.
 *
 * @param ward      the ward the person is in, when it is in a place served
 * @param aversions concepts heard only after a "not" ("I don't like groups")
 * @param alongside concepts whose services are suggested alongside, each with the concept that asked for it
 * @param nearby    distance counts for more: the person cannot travel far
 * @param unspoken  needs (conditions and circumstances) the person did not speak of, to tell a group for people
 *                  living with one of them
 * @param otherAudiences men or women, where nothing the person said shows they are one: to tell a men's or a
 *                  women's group that may not be for them
 * @param saidTimes the days and times the person said they can go, or cannot, where the constraints do not say
 */
record Situation(GeoPoint point, Optional<Ward> ward, List<Topic> topics, List<Preference> preferences,
        List<ReadConcept> aversions, List<Alongside> alongside, boolean nearby, boolean wantsFree,
        Constraints constraints, List<ReadConcept> unspoken, List<ReadConcept> otherAudiences, SaidTimes saidTimes) {

    /** A situation that tells no group apart by who it is for. */
    Situation(GeoPoint point, Optional<Ward> ward, List<Topic> topics, List<Preference> preferences,
            List<ReadConcept> aversions, List<Alongside> alongside, boolean nearby, boolean wantsFree,
            Constraints constraints) {
        this(point, ward, topics, preferences, aversions, alongside, nearby, wantsFree, constraints, List.of(),
                List.of(), SaidTimes.NONE);
    }

    boolean hasTopics() {
        return !topics.isEmpty();
    }

    /** The same situation with other hard constraints: what the person said still weighs as it did. */
    Situation withConstraints(Constraints other) {
        return new Situation(point, ward, topics, preferences, aversions, alongside, nearby, wantsFree, other,
                unspoken, otherAudiences, saidTimes);
    }

    /** A concept whose services go alongside the rest, and the barrier that brought it. */
    record Alongside(ReadConcept concept, String because) {
    }
}
