package org.linkwork.outcomes.internal;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Type;
import org.linkwork.outcomes.QuestionnaireRef;
import org.linkwork.outcomes.internal.Definition.Item;
import org.linkwork.outcomes.internal.Definition.ItemType;
import org.linkwork.outcomes.internal.Definition.Method;
import org.linkwork.outcomes.internal.Definition.Option;
import org.linkwork.outcomes.internal.Definition.Rule;
import org.linkwork.platform.InvalidInput.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of questionnaire definitions — one FHIR R4 Questionnaire, or a Bundle of them — and checks
 * each against what Linkwork can show and score, naming the element at fault ({@code item[2].answerOption[0]}).
 * A file that is not JSON, or neither a Questionnaire nor a Bundle, is {@link Refused} whole; otherwise each
 * definition in it is read on its own, valid or with its problems.
 */
public final class DefinitionReader {

    /** Linkwork's extension on a Questionnaire saying how its answers are scored. */
    public static final String SCORING = "https://linkwork.org/fhir/StructureDefinition/questionnaire-scoring";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    static final int MAX_ITEMS = 500;
    static final int MAX_OPTIONS = 100;
    static final int MAX_TEXT = 10_000;
    /** Scores beyond this are no instrument's: refused rather than carried into sums. */
    static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1_000_000);
    static final int MAX_SCORE_DECIMALS = 4;

    private static final Pattern CANONICAL_URL = Pattern.compile("(https?://|urn:)\\S{1,490}");
    private static final Pattern TOKEN = Pattern.compile("[^\\s\\p{Cc}]{1,100}");
    private static final Set<String> FHIR_ITEM_TYPES = Set.of("group", "display", "question", "boolean",
            "decimal", "integer", "date", "dateTime", "time", "string", "text", "url", "choice", "open-choice",
            "attachment", "reference", "quantity");

    private DefinitionReader() {
    }

    /** The file cannot be read as definitions at all; nothing in it is imported. */
    public static class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(clean(message));
            this.field = field;
        }

        /** The element at fault, or null when the file is not JSON at all. */
        public String field() {
            return field;
        }
    }

    /**
     * One definition of a file.
     *
     * @param position   its place in the file, from 0 (always 0 for a lone Questionnaire)
     * @param path       where it is in the file: "" for a lone Questionnaire, "entry[3].resource" in a Bundle
     * @param original   its JSON as it came
     * @param ref        its url and version when it has both
     * @param definition what Linkwork reads from it; null when it has problems
     * @param canonical  its JSON as HAPI FHIR writes it back, for telling whether two imports are the same
     * @param problems   what is wrong with it, each naming the element
     */
    public record Read(int position, String path, String original, QuestionnaireRef ref, Definition definition,
            String canonical, List<FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads every definition of a file. */
    public static List<Read> read(byte[] content, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(content);
        } catch (JacksonException e) {
            throw new Refused(null, "The file is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Refused("resourceType", "The file is not a FHIR Questionnaire or a Bundle of them: it holds no JSON object");
        }
        String resourceType = root.path("resourceType").isString() ? root.path("resourceType").asString() : null;
        if ("Questionnaire".equals(resourceType)) {
            return List.of(readOne(0, "", root, json));
        }
        if (!"Bundle".equals(resourceType)) {
            throw new Refused("resourceType", "The file is not a FHIR Questionnaire or a Bundle of them: its resourceType is "
                    + (resourceType == null ? "missing" : "'" + printable(resourceType) + "'"));
        }
        JsonNode entries = root.path("entry");
        if (!entries.isArray() || entries.isEmpty()) {
            throw new Refused("entry", "The Bundle holds no entries: give each Questionnaire as entry[n].resource");
        }
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "entry[" + i + "].resource";
            JsonNode resource = entries.get(i).path("resource");
            if (!resource.isObject()) {
                reads.add(new Read(i, path, entries.get(i).toString(), null, null, null,
                        List.of(new FieldProblem(path, "Give a Questionnaire here"))));
            } else if (!"Questionnaire".equals(resource.path("resourceType").asString(""))) {
                reads.add(new Read(i, path, resource.toString(), null, null, null,
                        List.of(new FieldProblem(path + ".resourceType",
                                "Only Questionnaires are imported here, not '"
                                        + printable(resource.path("resourceType").asString("")) + "'"))));
            } else {
                reads.add(readOne(i, path, resource, json));
            }
        }
        return reads;
    }

    private static Read readOne(int position, String path, JsonNode resource, JsonMapper json) {
        String original = json.writeValueAsString(resource);
        Problems problems = new Problems(path.isEmpty() ? "" : path + ".");
        // PostgreSQL cannot store a NUL character in text: refused here, with where it is, not by the database.
        findNul(resource, "", problems);
        if (!problems.list.isEmpty()) {
            return new Read(position, path, original, null, null, null, problems.list);
        }
        Questionnaire questionnaire;
        try {
            IParser parser = QuestionnaireFhir.jsonParser();
            parser.setParserErrorHandler(new CollectingErrorHandler(problems));
            questionnaire = parser.parseResource(Questionnaire.class, original);
        } catch (DataFormatException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // HAPI FHIR gives up on some malformed input with these: the definition is refused, not the import.
            problems.add("", "Not a readable FHIR R4 Questionnaire: " + clean(e.getMessage()));
            return new Read(position, path, original, null, null, null, problems.list);
        }
        QuestionnaireRef ref = questionnaire.hasUrl() && questionnaire.hasVersion()
                ? new QuestionnaireRef(questionnaire.getUrl(), questionnaire.getVersion()) : null;
        Definition definition = new Checker(problems).check(questionnaire);
        if (!problems.list.isEmpty()) {
            return new Read(position, path, original, ref, null, null, problems.list);
        }
        return new Read(position, path, original, ref, definition,
                QuestionnaireFhir.jsonParser().encodeResourceToString(questionnaire), List.of());
    }

    private static void findNul(JsonNode node, String path, Problems problems) {
        if (node.isString() && node.asString().indexOf('\0') >= 0) {
            problems.add(path, "Contains a NUL character, which cannot be stored");
        } else if (node.isString() && node.asString().codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            problems.add(path, "Contains half of a character (a lone surrogate), which cannot be stored");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findNul(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                String at = path.isEmpty() ? name : path + "." + name;
                if (name.indexOf('\0') >= 0 || name.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                    problems.add(path, "An element's name contains a character that cannot be stored");
                } else {
                    findNul(field.getValue(), at, problems);
                }
            }
        }
    }

    /**
     * A message with control characters and broken ones replaced: parsers quote the input, and a refusal's
     * message goes into the audit log, which PostgreSQL keeps as text.
     */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder();
        message.codePoints().limit(500).forEach(c -> cleaned.appendCodePoint(
                Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= 0xFFFF ? '?' : c));
        return cleaned.toString();
    }

    static String printable(String s) {
        return clean(s.length() > 60 ? s.substring(0, 60) + "…" : s);
    }

    /** The problems of one definition, with paths inside the file. */
    static final class Problems {
        final String prefix;
        final List<FieldProblem> list = new ArrayList<>();

        Problems(String prefix) {
            this.prefix = prefix;
        }

        void add(String path, String message) {
            String field = path.isEmpty() ? (prefix.isEmpty() ? "Questionnaire" : prefix.substring(0, prefix.length() - 1))
                    : prefix + path;
            list.add(new FieldProblem(field, message));
        }
    }

    /** HAPI FHIR tells of what it cannot take while parsing; each becomes a problem instead of a log line. */
    private static final class CollectingErrorHandler extends ErrorHandlerAdapter {
        private static final Set<String> CHECKED_AFTER = Set.of("type", "status");
        private final Problems problems;

        CollectingErrorHandler(Problems problems) {
            this.problems = problems;
        }

        private static String where(IParseLocation location) {
            return location == null || location.getParentElementName() == null ? ""
                    : " (in " + printable(location.getParentElementName()) + ")";
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            problems.add(printable(name), "Not an element of a FHIR R4 Questionnaire" + where(location));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            problems.add(printable(name), "Not an element of a FHIR R4 Questionnaire" + where(location));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            // An item's type and the status are checked again after parsing, with the item's path.
            if (location != null && CHECKED_AFTER.contains(location.getParentElementName())) {
                return;
            }
            problems.add(location == null || location.getParentElementName() == null ? ""
                            : printable(location.getParentElementName()),
                    "'" + printable(String.valueOf(value)) + "' is not a valid value: " + clean(error));
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String name, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            problems.add(printable(name), "Expected " + describe(expected, expectedScalar) + " but found "
                    + describe(found, foundScalar) + where(location));
        }

        private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
            String kind = type == null ? "a value" : type.name().toLowerCase(java.util.Locale.ROOT);
            return scalar == null ? kind : kind + " (" + scalar.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String name) {
            problems.add(printable(name), "Given more than once, but it takes one value" + where(location));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            problems.add("", "An extension has both a value and extensions" + where(location));
        }
    }

    /** Checks one parsed Questionnaire and builds its definition. */
    private static final class Checker {
        private final Problems problems;
        private final Map<String, String> pathOfLinkId = new HashMap<>();
        // In the order items are finished: for questions (which hold no items), the document's order.
        private final Map<String, Item> itemOfLinkId = new java.util.LinkedHashMap<>();
        private final Map<String, String> pathOfItem = new HashMap<>();
        private int itemCount;

        Checker(Problems problems) {
            this.problems = problems;
        }

        Definition check(Questionnaire q) {
            if (!q.hasUrl()) {
                problems.add("url", "Give the definition's canonical url, like https://example.org/Questionnaire/wellbeing");
            } else if (!CANONICAL_URL.matcher(q.getUrl()).matches()) {
                problems.add("url", "Give an absolute url (http, https or urn) without spaces, up to 500 characters");
            }
            if (!q.hasVersion()) {
                problems.add("version", "Give the definition's version: a changed definition is imported as a new version");
            } else if (!TOKEN.matcher(q.getVersion()).matches()) {
                problems.add("version", "Give a version of up to 100 characters without spaces");
            }
            if (!q.hasTitle() || q.getTitle().isBlank()) {
                problems.add("title", "Give the title people see");
            }
            text(q.getTitle(), "title", 300);
            text(q.getName(), "name", 300);
            text(q.getPublisher(), "publisher", MAX_TEXT);
            text(q.getCopyright(), "copyright", MAX_TEXT);
            text(q.getDescription(), "description", MAX_TEXT);
            if (q.getStatus() == null) {
                String given = q.getStatusElement().getValueAsString();
                problems.add("status", (given == null || given.isBlank() ? "Give the status"
                        : "'" + printable(given) + "' is not a status") + ": draft, active, retired or unknown");
            }
            if (!q.hasItem()) {
                problems.add("item", "Give the questions as items");
            }
            List<Item> items = items(q.getItem(), "item");
            Rule rule = rule(q);
            if (!problems.list.isEmpty()) {
                return null;
            }
            return new Definition(new QuestionnaireRef(q.getUrl(), q.getVersion()), q.getName(), q.getTitle(),
                    q.getStatus().toCode(), q.getPublisher(), q.getCopyright(), q.getDescription(), items, rule);
        }

        private void text(String value, String path, int max) {
            if (value != null && value.length() > max) {
                problems.add(path, "Keep it to " + max + " characters");
            }
        }

        private List<Item> items(List<QuestionnaireItemComponent> components, String path) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                if (++itemCount > MAX_ITEMS) {
                    problems.add(path + "[" + i + "]", "A definition may have up to " + MAX_ITEMS + " items");
                    return items;
                }
                Item item = item(components.get(i), path + "[" + i + "]");
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        private Item item(QuestionnaireItemComponent c, String path) {
            int before = problems.list.size();
            String linkId = c.getLinkId();
            if (linkId == null || linkId.isBlank()) {
                problems.add(path + ".linkId", "Give the item a linkId");
            } else if (!TOKEN.matcher(linkId).matches()) {
                problems.add(path + ".linkId", "Give a linkId of up to 100 characters without spaces");
            } else if (pathOfLinkId.containsKey(linkId)) {
                problems.add(path + ".linkId", "'" + linkId + "' is already the linkId of " + pathOfLinkId.get(linkId));
            } else {
                pathOfLinkId.put(linkId, problems.prefix + path);
            }
            ItemType type = type(c, path);
            String text = c.getText();
            text(text, path + ".text", MAX_TEXT);
            if ((text == null || text.isBlank()) && type != null && type != ItemType.GROUP) {
                problems.add(path + ".text", "Give the item's text: what people read");
            }
            List<Item> children = c.hasItem() ? items(c.getItem(), path + ".item") : List.of();
            if (type == ItemType.GROUP && !c.hasItem()) {
                problems.add(path + ".item", "A group needs items");
            } else if (type != null && type != ItemType.GROUP && c.hasItem()) {
                problems.add(path + ".item", "Only a group holds items here");
            }
            if (type != null && type != ItemType.CHOICE && c.hasAnswerOption()) {
                problems.add(path + ".answerOption", "Only a choice item has answer options");
            }
            List<Option> options = type == ItemType.CHOICE ? options(c, path) : List.of();
            Integer min = bound(c, MIN_VALUE, path, "minValue");
            Integer max = bound(c, MAX_VALUE, path, "maxValue");
            if (type != null && type != ItemType.INTEGER && (min != null || max != null)) {
                problems.add(path + ".extension", "Only an integer item has minValue and maxValue");
            }
            if (min != null && max != null && min > max) {
                problems.add(path + ".extension", "minValue " + min + " is more than maxValue " + max);
            }
            if ((type == ItemType.GROUP || type == ItemType.DISPLAY) && c.getRequired()) {
                problems.add(path + ".required", "Only a question can be required");
            }
            if (problems.list.size() > before || type == null) {
                return null;
            }
            String label = c.hasCode() && c.getCodeFirstRep().hasDisplay() ? c.getCodeFirstRep().getDisplay() : text;
            Item item = new Item(linkId, text, label, type, c.getRequired(), options, min, max, children);
            itemOfLinkId.put(linkId, item);
            pathOfItem.put(linkId, path);
            return item;
        }

        private ItemType type(QuestionnaireItemComponent c, String path) {
            String code = c.getTypeElement().getValueAsString();
            if (code == null || code.isBlank()) {
                if (c.getType() == null) {
                    problems.add(path + ".type", "Give the item's type: choice, integer, display or group");
                    return null;
                }
                code = c.getType().toCode();
            }
            return switch (code) {
                case "group" -> ItemType.GROUP;
                case "display" -> ItemType.DISPLAY;
                case "choice" -> ItemType.CHOICE;
                case "integer" -> ItemType.INTEGER;
                default -> {
                    problems.add(path + ".type", FHIR_ITEM_TYPES.contains(code)
                            ? "Type '" + code + "' is not scored here: use choice, integer, display or group"
                            : "'" + printable(code) + "' is not an item type: use choice, integer, display or group");
                    yield null;
                }
            };
        }

        private List<Option> options(QuestionnaireItemComponent c, String path) {
            if (!c.hasAnswerOption()) {
                problems.add(path + ".answerOption", "A choice item needs answer options");
                return List.of();
            }
            if (c.getAnswerOption().size() > MAX_OPTIONS) {
                problems.add(path + ".answerOption", "An item may have up to " + MAX_OPTIONS + " answer options");
                return List.of();
            }
            List<Option> options = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < c.getAnswerOption().size(); i++) {
                QuestionnaireItemAnswerOptionComponent o = c.getAnswerOption().get(i);
                String at = path + ".answerOption[" + i + "]";
                if (!(o.getValue() instanceof Coding coding)) {
                    problems.add(at, "Give the option as a valueCoding with a code");
                    continue;
                }
                if (!coding.hasCode() || !TOKEN.matcher(coding.getCode()).matches()) {
                    problems.add(at + ".valueCoding.code", "Give the option a code of up to 100 characters without spaces");
                    continue;
                }
                if (!codes.add(coding.getCode())) {
                    problems.add(at + ".valueCoding.code", "'" + coding.getCode() + "' is the code of another option");
                    continue;
                }
                text(coding.getDisplay(), at + ".valueCoding.display", MAX_TEXT);
                BigDecimal score = score(o, coding, at);
                options.add(new Option(coding.getCode(), coding.getSystem(), coding.getDisplay(), score));
            }
            return options;
        }

        /** The option's score: R4 puts ordinalValue on the coding; itemWeight (R5) and ordinalValue on the option are taken too. */
        private BigDecimal score(QuestionnaireItemAnswerOptionComponent o, Coding coding, String at) {
            BigDecimal score = null;
            String from = null;
            List<Map.Entry<String, List<Extension>>> places = List.of(
                    Map.entry(at + ".valueCoding", coding.getExtension()), Map.entry(at, o.getExtension()));
            for (Map.Entry<String, List<Extension>> place : places) {
                List<Extension> extensions = place.getValue();
                for (int i = 0; i < extensions.size(); i++) {
                    Extension e = extensions.get(i);
                    if (!ORDINAL_VALUE.equals(e.getUrl()) && !ITEM_WEIGHT.equals(e.getUrl())) {
                        continue;
                    }
                    String epath = place.getKey() + ".extension[" + i + "]";
                    BigDecimal value = number(e.getValue());
                    if (value == null) {
                        problems.add(epath, "Give the score as a valueDecimal");
                    } else if (value.abs().compareTo(MAX_SCORE) > 0
                            || value.stripTrailingZeros().scale() > MAX_SCORE_DECIMALS) {
                        problems.add(epath, "Give a score between -1000000 and 1000000 with up to 4 decimals");
                    } else if (score != null && score.compareTo(value) != 0) {
                        problems.add(epath, "The option has two different scores: " + from + " and here");
                    } else {
                        score = value;
                        from = epath;
                    }
                }
            }
            return score;
        }

        private static BigDecimal number(Type value) {
            if (value instanceof DecimalType d && d.getValue() != null) {
                return d.getValue();
            }
            if (value instanceof IntegerType i && i.getValue() != null) {
                return BigDecimal.valueOf(i.getValue());
            }
            return null;
        }

        private Integer bound(QuestionnaireItemComponent c, String url, String path, String name) {
            List<Extension> extensions = c.getExtension();
            Integer bound = null;
            for (int i = 0; i < extensions.size(); i++) {
                if (!url.equals(extensions.get(i).getUrl())) {
                    continue;
                }
                if (bound != null) {
                    problems.add(path + ".extension[" + i + "]", "Give " + name + " once");
                } else if (extensions.get(i).getValue() instanceof IntegerType v && v.getValue() != null) {
                    bound = v.getValue();
                } else {
                    problems.add(path + ".extension[" + i + "]", "Give " + name + " as a valueInteger");
                }
            }
            return bound;
        }

        private Rule rule(Questionnaire q) {
            List<Extension> all = q.getExtension();
            int index = -1;
            for (int i = 0; i < all.size(); i++) {
                if (SCORING.equals(all.get(i).getUrl())) {
                    if (index >= 0) {
                        problems.add("extension[" + i + "]", "Give one scoring rule");
                        return null;
                    }
                    index = i;
                }
            }
            if (index < 0) {
                problems.add("extension", "Give the scoring rule as the extension " + SCORING);
                return null;
            }
            String path = "extension[" + index + "]";
            Method method = null;
            Integer minimumAnswered = null;
            String label = null;
            Set<String> listed = new LinkedHashSet<>();
            TreeMap<Integer, BigDecimal> conversion = new TreeMap<>();
            int before = problems.list.size();
            List<Extension> parts = all.get(index).getExtension();
            for (int i = 0; i < parts.size(); i++) {
                Extension part = parts.get(i);
                String at = path + ".extension[" + i + "]";
                String url = part.getUrl() == null ? "" : part.getUrl();
                switch (url) {
                    case "method" -> {
                        String code = part.getValue() == null ? null : part.getValue().primitiveValue();
                        method = switch (code == null ? "" : code) {
                            case "sum" -> Method.SUM;
                            case "mean" -> Method.MEAN;
                            case "each" -> Method.EACH;
                            default -> {
                                problems.add(at, "Give the method as a valueCode: sum, mean or each");
                                yield null;
                            }
                        };
                    }
                    case "item" -> {
                        String linkId = part.getValue() == null ? null : part.getValue().primitiveValue();
                        if (linkId == null || !itemOfLinkId.containsKey(linkId)
                                || !itemOfLinkId.get(linkId).type().takesAnswer()) {
                            problems.add(at, "Give the linkId of a choice or integer item to score");
                        } else if (!listed.add(linkId)) {
                            problems.add(at, "Item '" + linkId + "' is listed twice");
                        }
                    }
                    case "minimumAnswered" -> {
                        if (part.getValue() instanceof IntegerType v && v.getValue() != null && v.getValue() > 0) {
                            minimumAnswered = v.getValue();
                        } else {
                            problems.add(at, "Give minimumAnswered as a valueInteger of 1 or more");
                        }
                    }
                    case "label" -> {
                        label = part.getValue() == null ? null : part.getValue().primitiveValue();
                        if (label == null || label.isBlank() || label.length() > 300) {
                            problems.add(at, "Give the score's label as a valueString of up to 300 characters");
                        }
                    }
                    case "conversion" -> conversionRow(part, at, conversion);
                    default -> problems.add(at, "'" + printable(url)
                            + "' is not part of a scoring rule: use method, item, minimumAnswered, label or conversion");
                }
            }
            if (method == null && problems.list.size() == before) {
                problems.add(path, "Give the scoring method: sum, mean or each");
            }
            // The checks below look at the items; with some items at fault they would only repeat it.
            if (!problems.list.isEmpty() || method == null) {
                return null;
            }
            List<String> scored = listed.isEmpty()
                    ? itemOfLinkId.values().stream().filter(i -> i.type().takesAnswer()).map(Item::linkId).toList()
                    : List.copyOf(listed);
            if (scored.isEmpty()) {
                problems.add(path, "There is no choice or integer item to score");
                return null;
            }
            for (String linkId : scored) {
                Item item = itemOfLinkId.get(linkId);
                String at = pathOfItem.get(linkId);
                if (item.type() == ItemType.INTEGER && (item.min() == null || item.max() == null)) {
                    problems.add(at, "A scored integer item needs minValue and maxValue extensions");
                }
                for (int i = 0; i < item.options().size(); i++) {
                    if (item.options().get(i).score() == null) {
                        problems.add(at + ".answerOption[" + i + "]",
                                "Give the option a score (the ordinalValue extension on its valueCoding): the "
                                        + method.code() + " rule scores this item");
                    }
                }
            }
            int minimum = minimumAnswered == null ? scored.size() : minimumAnswered;
            if (minimum > scored.size()) {
                problems.add(path, "minimumAnswered is " + minimum + " but only " + scored.size() + " items are scored");
            }
            if (!conversion.isEmpty()) {
                checkConversion(method, scored, minimum, conversion, path);
            }
            if (problems.list.size() > before) {
                return null;
            }
            return new Rule(method, scored, minimum, label, conversion);
        }

        private void conversionRow(Extension part, String at, TreeMap<Integer, BigDecimal> conversion) {
            Integer raw = null;
            BigDecimal converted = null;
            for (Extension e : part.getExtension()) {
                if ("raw".equals(e.getUrl()) && e.getValue() instanceof IntegerType v) {
                    raw = v.getValue();
                } else if ("converted".equals(e.getUrl())) {
                    converted = number(e.getValue());
                }
            }
            if (raw == null || converted == null) {
                problems.add(at, "Give each conversion as extensions raw (valueInteger) and converted (valueDecimal)");
            } else if (converted.abs().compareTo(MAX_SCORE) > 0
                    || converted.stripTrailingZeros().scale() > MAX_SCORE_DECIMALS) {
                problems.add(at, "Give a converted score between -1000000 and 1000000 with up to 4 decimals");
            } else if (conversion.putIfAbsent(raw, converted) != null) {
                problems.add(at, "Raw score " + raw + " is converted twice");
            }
        }

        /** A lookup table must give a converted score for every total the items can add up to, and no other. */
        private void checkConversion(Method method, List<String> scored, int minimum,
                TreeMap<Integer, BigDecimal> conversion, String path) {
            if (method != Method.SUM) {
                problems.add(path, "A conversion table goes with the sum method only");
                return;
            }
            if (minimum < scored.size()) {
                problems.add(path, "A conversion table needs every scored item answered: leave out minimumAnswered");
                return;
            }
            long low = 0;
            long high = 0;
            for (String linkId : scored) {
                Item item = itemOfLinkId.get(linkId);
                if (item.type() == ItemType.INTEGER) {
                    if (item.min() == null || item.max() == null) {
                        return;
                    }
                    low += item.min();
                    high += item.max();
                    continue;
                }
                BigDecimal least = null;
                BigDecimal most = null;
                for (int i = 0; i < item.options().size(); i++) {
                    BigDecimal score = item.options().get(i).score();
                    if (score == null) {
                        return;
                    }
                    if (score.stripTrailingZeros().scale() > 0) {
                        problems.add(pathOfItem.get(linkId) + ".answerOption[" + i + "]",
                                "With a conversion table, scores are whole numbers");
                        return;
                    }
                    least = least == null || score.compareTo(least) < 0 ? score : least;
                    most = most == null || score.compareTo(most) > 0 ? score : most;
                }
                low += least.longValueExact();
                high += most.longValueExact();
            }
            List<Long> missing = new ArrayList<>();
            for (long raw = low; raw <= high && missing.size() < 5; raw++) {
                if (raw < Integer.MIN_VALUE || raw > Integer.MAX_VALUE || !conversion.containsKey((int) raw)) {
                    missing.add(raw);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(path, "The conversion table does not cover the raw range " + low + " to " + high
                        + ": no converted score for " + missing.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")) + (missing.size() == 5 ? " and maybe more" : ""));
            }
            long lowest = low;
            long highest = high;
            List<Integer> outside = conversion.keySet().stream().filter(raw -> raw < lowest || raw > highest).limit(5).toList();
            if (!outside.isEmpty()) {
                problems.add(path, "The conversion table gives raw scores the items cannot add up to ("
                        + low + " to " + high + "): " + outside);
            }
        }
    }
}
