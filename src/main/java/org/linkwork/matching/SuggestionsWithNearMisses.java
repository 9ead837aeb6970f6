package org.linkwork.matching;

import java.util.List;

/**
 * Suggestions and, when few fit, which constraints left services out and what would fit without each.
 *
 * @param suggestions the suggestions, exactly as {@link Suggestions#suggest} gives them
 * @param nearMisses  services that break exactly one relaxable constraint, grouped by constraint in the order of
 *                    {@code unmet}, best first within each; when none does, those that break exactly two together,
 *                    grouped by the two likewise; empty when enough fit
 * @param unmet       the constraints that left out services which fit everything else, and when no relaxable one
 *                    did alone, the pairs of relaxable ones that did together; empty when enough fit
 */
public record SuggestionsWithNearMisses(List<Suggestion> suggestions, List<NearMiss> nearMisses,
        List<UnmetConstraint> unmet) {

    public SuggestionsWithNearMisses {
        suggestions = List.copyOf(suggestions);
        nearMisses = List.copyOf(nearMisses);
        unmet = List.copyOf(unmet);
    }

    /** The near misses that break this constraint only, best first. */
    public List<NearMiss> nearMissesBreaking(HardConstraint constraint) {
        return nearMisses.stream().filter(m -> m.breaks() == constraint && !m.breaksTwo()).toList();
    }

    /** The near misses that break both these constraints (in the order of {@link HardConstraint}), best first. */
    public List<NearMiss> nearMissesBreakingBoth(HardConstraint first, HardConstraint second) {
        return nearMisses.stream().filter(m -> m.breaks() == first && m.alsoBreaks() == second).toList();
    }

    /** The near misses shown under what this unmet constraint, or pair, would need to change, best first. */
    public List<NearMiss> nearMissesUnder(UnmetConstraint unmet) {
        return unmet.together() ? nearMissesBreakingBoth(unmet.constraint(), unmet.alsoConstraint())
                : nearMissesBreaking(unmet.constraint());
    }
}
