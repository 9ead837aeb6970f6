package org.linkwork.matching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.HardConstraint;
import org.linkwork.matching.NearMiss;
import org.linkwork.matching.UnmetConstraint;

/**
 * When few services fit: for each hard constraint given, the services that would fit without that one alone
 * (they meet every other constraint, and are about what matters as much as a suggestion must be), ranked as
 * suggestions are. Each constraint is taken away on its own, never two together, so that every near miss breaks
 * exactly the constraint it is shown under. Needs (step-free access, language) are counted, never shown.
 */
final class NearMisses {

    /** As many as make a choice to talk through, for each constraint. */
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
            Situation without = situation.withConstraints(given.without(constraint));
            List<Judged> fitting = new ArrayList<>();
            for (ServiceFacts f : services) {
                if (passed.contains(f.id)) {
                    continue;
                }
                Double km = venueKm.get(f.id);
                Optional<Verdict> verdict = HardConstraints.check(without, f, km);
                verdict.flatMap(v -> Ranking.judge(without, weights, f, v, km)).ifPresent(fitting::add);
            }
            if (fitting.isEmpty()) {
                continue;
            }
            unmet.add(ConstraintWords.unmet(constraint, given, fitting.size()));
            if (!constraint.relaxable()) {
                continue;
            }
            ranked.apply(fitting.stream().filter(j -> !shown.contains(j.facts().id)).toList()).stream()
                    .limit(PER_CONSTRAINT).forEach(j -> {
                        shown.add(j.facts().id);
                        nearMisses.add(new NearMiss(j.toSuggestion(false), constraint,
                                ConstraintWords.broken(constraint, given, j.facts(), venueKm.get(j.facts().id))));
                    });
        }
        return new Found(nearMisses, unmet);
    }
}
