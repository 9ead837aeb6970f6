package org.linkwork.matching.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at k, with gains 2^grade - 1: the ranking's gain over the best
 * possible ranking of the judged services. A scenario with nothing judged relevant counts 1 when nothing is
 * returned and 0 otherwise; the set has none.
 */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> best = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double ideal = 0;
        for (int i = 0; i < best.size(); i++) {
            ideal += gain(best.get(i)) / log2(i + 2);
        }
        if (ideal == 0) {
            return ranked.isEmpty() ? 1 : 0;
        }
        return dcg / ideal;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
