package org.linkwork.outcomes;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The scores of one set of answers, as the definition's rule gives them: one total (and, with a lookup
 * table, its converted value) or one score for each question.
 *
 * @param answered how many of the scored questions were answered
 */
public record Scores(QuestionnaireRef questionnaire, List<Score> scores, int answered) {

    public Scores {
        scores = List.copyOf(scores);
    }

    /** The score of this key: "total", "converted", "mean", or a question's linkId. */
    public Score score(String key) {
        return scores.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No score " + key + " in " + questionnaire));
    }

    /**
     * One score.
     *
     * @param key   "total", "converted", "mean", or for a rule that reports each question, its linkId
     * @param label what it is, for people
     * @param value the score; decimals where the rule gives them (a mean, a converted score)
     */
    public record Score(String key, String label, BigDecimal value) {
    }
}
