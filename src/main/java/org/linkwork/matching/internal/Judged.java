package org.linkwork.matching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.linkwork.matching.Suggestion;

/**
 * A service that passed the hard constraints, scored.
 *
 * @param relevance  how well it is about the topics, 0 to 1 (0.5 for every service when there are none)
 * @param score      the whole score, 0 to 1
 * @param distanceKm to its nearest venue, or null when it has none or comes to the person
 */
record Judged(ServiceFacts facts, double relevance, double score, Double distanceKm, List<String> reasons,
        List<String> cautions) {

    Judged {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }

    Judged withScore(double newScore, List<String> moreReasons, List<String> moreCautions) {
        List<String> r = new java.util.ArrayList<>(reasons);
        r.addAll(moreReasons);
        List<String> c = new java.util.ArrayList<>(cautions);
        c.addAll(moreCautions);
        return new Judged(facts, relevance, newScore, distanceKm, r, c);
    }

    /** As suggested: the score to three places, the distance to one. */
    Suggestion toSuggestion(boolean alongside) {
        double rounded = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).doubleValue();
        Double km = distanceKm == null ? null
                : BigDecimal.valueOf(distanceKm).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new Suggestion(facts.id, facts.name, facts.organisationName, rounded, km, reasons, cautions, facts.when,
                alongside);
    }
}
