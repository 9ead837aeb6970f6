package org.linkwork.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.HardConstraint;
import org.linkwork.matching.NearMiss;
import org.linkwork.matching.UnmetConstraint;

/**
 * When few services fit: for each hard constraint given, the services that would fit without that one alone
 * (they meet every other constraint, and are clearly about what matters), ranked as suggestions are. Needs
 * (step-free access, language) are counted, never shown.
 *
 * <p>Each constraint is taken away on its own first, so that every near miss breaks exactly the constraint it is
 * shown under. Only when that shows nothing at all are two relaxable constraints taken away together ("Sundays,
 * within 2 km": nothing on a Sunday at any distance, nothing within 2 km on any day, but groups further away on
 * other days), and then only services that break both are shown: one that broke only one of the two would have been
 * shown already, and saying it broke the other would be wrong.
 */
final class NearMisses {

    /** As many as make a choice to talk through, for each constraint or pair of them. */
    static final int PER_CONSTRAINT = 3;

    private NearMisses() {
    }

    record Found(List<NearMiss> nearMisses, List<UnmetConstraint> unmet) {

        static final Found NONE = new Found(List.of(), List.of());
    }

    /**
     * @param passed  ids of the services that meet every constraint: those are suggestions, not near misses
     * @param venueKm the distance to each service's nearest venue, null when it has none
     * @param ranked  orders services as suggestions are ordered, best first
     */
    static Found find(Situation situation, TopicWeights weights, List<ServiceFacts> services, Set<String> passed,
            Map<String, Double> venueKm, UnaryOperator<List<Judged>> ranked) {
        Constraints given = situation.constraints();
        List<NearMiss> nearMisses = new ArrayList<>();
        List<UnmetConstraint> unmet = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (HardConstraint constraint : HardConstraint.values()) {
            if (!given.has(constraint)) {
                continue;
            }
            List<Judged> fitting = fitting(situation.withConstraints(given.without(constraint)), weights, services,
                    passed, venueKm, f -> true);
            if (fitting.isEmpty()) {
                continue;
            }
            unmet.add(ConstraintWords.unmet(constraint, given, fitting.size()));
            if (!constraint.relaxable()) {
                continue;
            }
            best(fitting, shown, ranked).forEach(j -> nearMisses.add(new NearMiss(j.toSuggestion(false), constraint,
                    ConstraintWords.broken(constraint, given, j.facts(), venueKm.get(j.facts().id)))));
        }
        if (nearMisses.isEmpty()) {
            pairs(situation, weights, services, passed, venueKm, ranked, nearMisses, unmet, shown);
        }
        return new Found(nearMisses, unmet);
    }

    /**
     * Each pair of relaxable constraints given, in the order of {@link HardConstraint}: the services that fit without
     * both and break each (with the other taken away, it still leaves them out).
     */
    private static void pairs(Situation situation, TopicWeights weights, List<ServiceFacts> services, Set<String> passed,
            Map<String, Double> venueKm, UnaryOperator<List<Judged>> ranked, List<NearMiss> nearMisses,
            List<UnmetConstraint> unmet, Set<String> shown) {
        Constraints given = situation.constraints();
        List<HardConstraint> relaxable = Arrays.stream(HardConstraint.values())
                .filter(c -> c.relaxable() && given.has(c)).toList();
        for (int i = 0; i < relaxable.size(); i++) {
            for (int k = i + 1; k < relaxable.size(); k++) {
                HardConstraint first = relaxable.get(i);
                HardConstraint second = relaxable.get(k);
                Situation withoutFirst = situation.withConstraints(given.without(first));
                Situation withoutSecond = situation.withConstraints(given.without(second));
                Situation withoutBoth = situation.withConstraints(given.without(first).without(second));
                List<Judged> fitting = fitting(withoutBoth, weights, services, passed, venueKm,
                        f -> breaks(withoutFirst, f, venueKm) && breaks(withoutSecond, f, venueKm));
                if (fitting.isEmpty()) {
                    continue;
                }
                unmet.add(ConstraintWords.unmetTogether(first, second, given, fitting.size()));
                // Each is said with the other taken away: with days and times of day, the times a service runs
                // are said of its sessions on any day, since it has none on the days given.
                best(fitting, shown, ranked).forEach(j -> {
                    Double km = venueKm.get(j.facts().id);
                    nearMisses.add(new NearMiss(j.toSuggestion(false),
                            first, ConstraintWords.broken(first, given.without(second), j.facts(), km),
                            second, ConstraintWords.broken(second, given.without(first), j.facts(), km)));
                });
            }
        }
    }

    /**
     * Those not suggested that also pass, meet the constraints of this situation and are clearly about what matters:
     * a service only near it (a friendship group, for someone who asked about bereavement support) is no near miss.
     */
    private static List<Judged> fitting(Situation without, TopicWeights weights, List<ServiceFacts> services,
            Set<String> passed, Map<String, Double> venueKm, Predicate<ServiceFacts> also) {
        List<Judged> fitting = new ArrayList<>();
        for (ServiceFacts f : services) {
            if (passed.contains(f.id) || !also.test(f)) {
                continue;
            }
            Double km = venueKm.get(f.id);
            Optional<Verdict> verdict = HardConstraints.check(without, f, km);
            verdict.flatMap(v -> Ranking.judge(without, weights, f, v, km))
                    .filter(j -> j.relevance() >= Ranking.CLEARLY_RELEVANT).ifPresent(fitting::add);
        }
        return fitting;
    }

    private static boolean breaks(Situation situation, ServiceFacts f, Map<String, Double> venueKm) {
        return HardConstraints.check(situation, f, venueKm.get(f.id)).isEmpty();
    }

    /** The best of those fitting not shown already, marked shown. */
    private static List<Judged> best(List<Judged> fitting, Set<String> shown, UnaryOperator<List<Judged>> ranked) {
        List<Judged> best = ranked.apply(fitting.stream().filter(j -> !shown.contains(j.facts().id)).toList()).stream()
                .limit(PER_CONSTRAINT).toList();
        best.forEach(j -> shown.add(j.facts().id));
        return best;
    }
}
