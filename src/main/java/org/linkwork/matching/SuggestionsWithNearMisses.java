package org.linkwork.matching;

import java.util.List;

/**
 * Suggestions and, when few fit, which constraints left services out and what would fit without each.
 *
 * @param suggestions the suggestions, exactly as {@link Suggestions#suggest} gives them
 * @param nearMisses  services that break exactly one relaxable constraint, grouped by constraint in the order of
 *                    {@code unmet}, best first within each; empty when enough fit
 * @param unmet       the constraints that left out services which fit everything else; empty when enough fit
 */
public record SuggestionsWithNearMisses(List<Suggestion> suggestions, List<NearMiss> nearMisses,
        List<UnmetConstraint> unmet) {

    public SuggestionsWithNearMisses {
        suggestions = List.copyOf(suggestions);
        nearMisses = List.copyOf(nearMisses);
        unmet = List.copyOf(unmet);
    }

    /** The near misses that break this constraint, best first. */
    public List<NearMiss> nearMissesBreaking(HardConstraint constraint) {
        return nearMisses.stream().filter(m -> m.breaks() == constraint).toList();
    }
}
