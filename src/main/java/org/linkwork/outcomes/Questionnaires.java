package org.linkwork.outcomes;

import java.util.List;
import java.util.Map;

/**
 * The questionnaire definitions Linkwork holds, and scoring against them.
 */
public interface Questionnaires {

    /** Every stored definition, by title then version. */
    List<QuestionnaireSummary> all();

    /**
     * Scores a set of answers by the definition's rule.
     *
     * @param answers by question linkId
     * @throws org.linkwork.platform.NotFound      when no such definition is stored
     * @throws org.linkwork.platform.InvalidInput  naming each question ({@code answers.<linkId>}) whose answer is
     *                                             missing but required, out of range, not one of the options, or
     *                                             for no question of the definition; or too few answered
     */
    Scores score(QuestionnaireRef definition, Map<String, Answer> answers);
}
