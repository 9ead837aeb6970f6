package org.linkwork.outcomes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwork.outcomes.Answer;
import org.linkwork.outcomes.Scores;
import org.linkwork.outcomes.Scores.Score;
import org.linkwork.outcomes.internal.Definition.Item;
import org.linkwork.outcomes.internal.Definition.ItemType;
import org.linkwork.outcomes.internal.Definition.Option;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * Scores answers by a definition's rule. Every answer is checked before anything is added up, and all that
 * is wrong is told at once, each under {@code answers.<linkId>}.
 */
final class Scoring {

    /** Means, and totals made up for unanswered items, are given to two decimals. */
    static final int DECIMALS = 2;

    private Scoring() {
    }

    static Scores score(Definition definition, Map<String, Answer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> questions = definition.questions().stream().map(Item::linkId).collect(Collectors.toSet());
        answers.keySet().stream().filter(linkId -> linkId == null || !questions.contains(linkId)).sorted()
                .forEach(linkId -> problems.add(new FieldProblem("answers." + linkId,
                        "There is no question '" + linkId + "' in " + definition.title())));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Item item : definition.questions()) {
            String field = "answers." + item.linkId();
            Answer answer = answers.get(item.linkId());
            if (answer == null) {
                if (item.required()) {
                    problems.add(new FieldProblem(field, "Answer this question: it is required"));
                }
                continue;
            }
            BigDecimal value = switch (answer) {
                case Answer.Option chosen when item.type() == ItemType.CHOICE -> {
                    var option = item.option(chosen.code());
                    if (option.isEmpty()) {
                        problems.add(new FieldProblem(field, "'" + chosen.code() + "' is not one of the options: "
                                + codes(item)));
                    }
                    // An item outside the rule may have options without scores: answered, but adds nothing.
                    yield option.map(Option::score).orElse(null);
                }
                case Answer.Number number when item.type() == ItemType.INTEGER -> {
                    if ((item.min() != null && number.value() < item.min())
                            || (item.max() != null && number.value() > item.max())) {
                        problems.add(new FieldProblem(field, "Give a whole number from " + item.min() + " to "
                                + item.max() + ", not " + number.value()));
                        yield null;
                    }
                    yield BigDecimal.valueOf(number.value());
                }
                case Answer.Number number -> {
                    problems.add(new FieldProblem(field, "Choose one of the options (" + codes(item)
                            + "), not a number"));
                    yield null;
                }
                case Answer.Option chosen -> {
                    problems.add(new FieldProblem(field, "Give a whole number"
                            + (item.min() != null ? " from " + item.min() + " to " + item.max() : "")
                            + ", not an option"));
                    yield null;
                }
            };
            if (value != null) {
                values.put(item.linkId(), value);
            }
        }
        Definition.Rule rule = definition.rule();
        List<String> scored = rule.scoredLinkIds().stream().filter(values::containsKey).toList();
        if (problems.isEmpty() && scored.size() < rule.minimumAnswered()) {
            problems.add(new FieldProblem("answers", "Answer at least " + rule.minimumAnswered() + " of the "
                    + rule.scoredLinkIds().size() + " scored questions to have a score; " + scored.size()
                    + " are answered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        BigDecimal sum = scored.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Score> scores = new ArrayList<>();
        switch (rule.method()) {
            case SUM -> {
                BigDecimal total = scored.size() == rule.scoredLinkIds().size() ? sum
                        // Too few answered for a plain sum but enough by the rule: the missing items count as
                        // the average of those answered, so that totals stay comparable.
                        : sum.multiply(BigDecimal.valueOf(rule.scoredLinkIds().size()))
                                .divide(BigDecimal.valueOf(scored.size()), DECIMALS, RoundingMode.HALF_UP);
                total = plain(total);
                scores.add(new Score("total", rule.label() == null ? "Total score" : rule.label(), total));
                if (!rule.conversion().isEmpty()) {
                    scores.add(new Score("converted", "Converted score",
                            rule.conversion().get(total.intValueExact())));
                }
            }
            case MEAN -> scores.add(new Score("mean", rule.label() == null ? "Mean score" : rule.label(),
                    plain(sum.divide(BigDecimal.valueOf(scored.size()), DECIMALS, RoundingMode.HALF_UP))));
            case EACH -> scored.forEach(linkId -> scores.add(new Score(linkId, definition.item(linkId).label(),
                    plain(values.get(linkId)))));
        }
        return new Scores(definition.ref(), scores, scored.size());
    }

    /** A whole number without decimals (14, not 14.0); otherwise as it is. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0) : value;
    }

    private static String codes(Item item) {
        return item.options().stream().map(Option::code).collect(Collectors.joining(", "));
    }
}
