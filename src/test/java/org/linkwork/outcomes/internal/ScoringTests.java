package org.linkwork.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.linkwork.outcomes.internal.DefinitionReaderTests.definition;
import static org.linkwork.outcomes.internal.DefinitionReaderTests.resource;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkwork.outcomes.Answer;
import org.linkwork.outcomes.Scores;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

class ScoringTests {

    static final Definition SEVEN = definition(resource("/org/linkwork/outcomes/seven-item-converted.json"));
    static final Definition FOURTEEN = definition(resource("/org/linkwork/outcomes/fourteen-item-sum.json"));
    static final Definition ONS4 = definition(resource("/outcomes/ons4-personal-wellbeing.json"));

    private static Map<String, Answer> options(String prefix, int... codes) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            answers.put(prefix + (i + 1), Answer.option(String.valueOf(codes[i])));
        }
        return answers;
    }

    @Test
    void sumsSevenItemsAndConvertsTheTotalThroughTheTable() {
        Scores scores = Scoring.score(SEVEN, options("s", 3, 4, 2, 5, 3, 4, 3));

        assertThat(scores.score("total").value()).isEqualByComparingTo("24");
        assertThat(scores.score("total").label()).isEqualTo("Raw total");
        assertThat(scores.score("converted").value()).isEqualByComparingTo("21.54");
        assertThat(scores.answered()).isEqualTo(7);
    }

    @Test
    void convertsTheEndsOfTheRange() {
        assertThat(Scoring.score(SEVEN, options("s", 1, 1, 1, 1, 1, 1, 1)).score("converted").value()).isEqualByComparingTo("7.00");
        assertThat(Scoring.score(SEVEN, options("s", 5, 5, 5, 5, 5, 5, 5)).score("converted").value()).isEqualByComparingTo("35.00");
    }

    @Test
    void refusesAMissingRequiredAnswer() {
        Map<String, Answer> answers = options("s", 3, 4, 2, 5, 3, 4, 3);
        answers.remove("s3");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Scoring.score(SEVEN, answers));

        assertThat(refused.problems()).containsExactly(new FieldProblem("answers.s3", "Answer this question: it is required"));
    }

    @Test
    void refusesAnOptionThatIsNotOffered() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> Scoring.score(SEVEN, options("s", 3, 4, 2, 6, 3, 4, 3)));

        assertThat(refused.problems()).containsExactly(new FieldProblem("answers.s4",
                "'6' is not one of the options: 1, 2, 3, 4, 5"));
    }

    @Test
    void refusesAnAnswerToNoQuestion() {
        Map<String, Answer> answers = options("s", 3, 4, 2, 5, 3, 4, 3);
        answers.put("s8", Answer.option("1"));

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Scoring.score(SEVEN, answers));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("answers.s8");
    }

    @Test
    void sumsFourteenItemsScoredZeroToFour() {
        Scores scores = Scoring.score(FOURTEEN, options("m", 0, 1, 2, 3, 4, 4, 3, 2, 1, 0, 2, 2, 2, 2));

        assertThat(scores.scores()).extracting(Scores.Score::key).containsExactly("total");
        assertThat(scores.score("total").value()).isEqualByComparingTo("28");
    }

    @Test
    void countsUnansweredItemsAsTheAverageOfTheOthersWhenTheRuleAllowsSomeMissing() {
        Map<String, Answer> answers = options("m", 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3);

        Scores scores = Scoring.score(FOURTEEN, answers);

        assertThat(scores.answered()).isEqualTo(12);
        assertThat(scores.score("total").value()).isEqualByComparingTo("49.00");
    }

    @Test
    void refusesTooFewAnswers() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> Scoring.score(FOURTEEN, options("m", 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3)));

        assertThat(refused.problems()).containsExactly(new FieldProblem("answers",
                "Answer at least 12 of the 14 scored questions to have a score; 11 are answered"));
    }

    @Test
    void reportsEachOns4QuestionOnItsOwn() {
        Scores scores = Scoring.score(ONS4, Map.of("life-satisfaction", Answer.number(7), "anxiety", Answer.number(3)));

        assertThat(scores.scores()).extracting(Scores.Score::key, Scores.Score::label, s -> s.value().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("life-satisfaction", "Life satisfaction", 7),
                        org.assertj.core.groups.Tuple.tuple("anxiety", "Anxiety", 3));
    }

    @Test
    void refusesAnOns4AnswerOutOfRangeAndAnOptionForANumber() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Scoring.score(ONS4,
                Map.of("happiness", Answer.number(11), "worthwhile", Answer.option("7"))));

        assertThat(refused.problems()).containsExactly(
                new FieldProblem("answers.worthwhile", "Give a whole number from 0 to 10, not an option"),
                new FieldProblem("answers.happiness", "Give a whole number from 0 to 10, not 11"));
    }
}
