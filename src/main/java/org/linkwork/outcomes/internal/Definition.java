package org.linkwork.outcomes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.linkwork.outcomes.QuestionnaireRef;

/**
 * A questionnaire definition as Linkwork understands it, read from a valid FHIR Questionnaire: what pages
 * show and scoring needs. Only {@link DefinitionReader} makes one, so every instance has passed validation.
 */
public record Definition(QuestionnaireRef ref, String name, String title, String status, String publisher,
        String copyright, String description, List<Item> items, Rule rule) {

    public Definition {
        items = List.copyOf(items);
    }

    /** The kinds of item Linkwork scores or shows. */
    public enum ItemType {
        GROUP, DISPLAY, CHOICE, INTEGER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean takesAnswer() {
            return this == CHOICE || this == INTEGER;
        }
    }

    /**
     * One item; groups hold others.
     *
     * @param label   a short name for reports: the item's code display, else its text
     * @param min     for integer items, the smallest answer allowed (null when open)
     * @param max     for integer items, the largest
     */
    public record Item(String linkId, String text, String label, ItemType type, boolean required,
            List<Option> options, Integer min, Integer max, List<Item> items) {

        public Item {
            options = List.copyOf(options);
            items = List.copyOf(items);
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    /** An answer option: a coding, and its score (null when the item is not scored and gives none). */
    public record Option(String code, String system, String display, BigDecimal score) {
    }

    /** How answers are scored. */
    public enum Method {
        /** The scores of the items added up. */
        SUM,
        /** Their average. */
        MEAN,
        /** Each item is a score of its own, as ONS4 reports its four questions. */
        EACH;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param scoredLinkIds   the items scored, in order
     * @param minimumAnswered how many of them must be answered for a score
     * @param label           what the total is called (sum and mean)
     * @param conversion      raw total to converted score (sum only); empty when there is none
     */
    public record Rule(Method method, List<String> scoredLinkIds, int minimumAnswered, String label,
            NavigableMap<Integer, BigDecimal> conversion) {

        public Rule {
            scoredLinkIds = List.copyOf(scoredLinkIds);
            conversion = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(conversion));
        }
    }

    /** Every item, groups' items included, in document order. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        collect(items, all);
        return all;
    }

    private static void collect(List<Item> items, List<Item> into) {
        for (Item item : items) {
            into.add(item);
            collect(item.items(), into);
        }
    }

    /** The items that take an answer. */
    public List<Item> questions() {
        return allItems().stream().filter(i -> i.type().takesAnswer()).toList();
    }

    public Item item(String linkId) {
        return allItems().stream().filter(i -> i.linkId().equals(linkId)).findFirst().orElseThrow();
    }

    /** The conversion table as rows, for showing. */
    public List<Map.Entry<Integer, BigDecimal>> conversionRows() {
        return List.copyOf(rule.conversion().entrySet());
    }
}
