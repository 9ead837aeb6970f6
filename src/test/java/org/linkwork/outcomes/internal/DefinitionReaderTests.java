package org.linkwork.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.linkwork.outcomes.internal.Definition.Method;
import org.linkwork.platform.InvalidInput.FieldProblem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DefinitionReaderTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static byte[] resource(String path) {
        try (InputStream in = DefinitionReaderTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sevenItems() {
        return resource("/org/linkwork/outcomes/seven-item-converted.json");
    }

    static byte[] changed(byte[] content, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) JSON.readTree(content);
        change.accept(node);
        return JSON.writeValueAsBytes(node);
    }

    static Definition definition(byte[] content) {
        DefinitionReader.Read read = DefinitionReader.read(content, JSON).getFirst();
        assertThat(read.problems()).isEmpty();
        return read.definition();
    }

    static List<FieldProblem> problems(byte[] content) {
        return DefinitionReader.read(content, JSON).getFirst().problems();
    }

    private static ObjectNode statement(ObjectNode q, int index) {
        return (ObjectNode) q.get("item").get(0).get("item").get(index);
    }

    @Test
    void readsASevenItemDefinitionWithItsConversionTable() {
        Definition definition = definition(sevenItems());

        assertThat(definition.ref().toString()).isEqualTo("https://example.org/fhir/Questionnaire/seven-item-converted|1");
        assertThat(definition.questions()).hasSize(7);
        assertThat(definition.rule().method()).isEqualTo(Method.SUM);
        assertThat(definition.rule().minimumAnswered()).isEqualTo(7);
        assertThat(definition.rule().conversion()).hasSize(29).containsEntry(8, new BigDecimal("9.51"));
        assertThat(definition.item("s1").options()).extracting(Definition.Option::score)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, BigDecimal.TWO, BigDecimal.valueOf(3), BigDecimal.valueOf(4), BigDecimal.valueOf(5));
    }

    @Test
    void readsTheShippedOns4Definition() {
        Definition definition = definition(resource("/outcomes/ons4-personal-wellbeing.json"));

        assertThat(definition.rule().method()).isEqualTo(Method.EACH);
        assertThat(definition.rule().scoredLinkIds()).containsExactly("life-satisfaction", "worthwhile", "happiness", "anxiety");
        assertThat(definition.copyright()).contains("Crown copyright").contains("Open Government Licence");
        assertThat(definition.item("anxiety").min()).isZero();
        assertThat(definition.item("anxiety").max()).isEqualTo(10);
    }

    @Test
    void namesAnUnknownItemType() {
        byte[] content = changed(sevenItems(), q -> statement(q, 2).put("type", "slider"));

        assertThat(problems(content)).containsExactly(new FieldProblem("item[0].item[2].type",
                "'slider' is not an item type: use choice, integer, display or group"));
    }

    @Test
    void namesATypeThatIsFhirButNotScored() {
        byte[] content = changed(sevenItems(), q -> {
            statement(q, 1).put("type", "string");
            statement(q, 1).remove("answerOption");
        });

        assertThat(problems(content)).contains(new FieldProblem("item[0].item[1].type",
                "Type 'string' is not scored here: use choice, integer, display or group"));
    }

    @Test
    void namesADuplicateLinkId() {
        byte[] content = changed(sevenItems(), q -> statement(q, 4).put("linkId", "s2"));

        assertThat(problems(content)).contains(new FieldProblem("item[0].item[4].linkId",
                "'s2' is already the linkId of item[0].item[1]"));
    }

    @Test
    void namesAChoiceWithoutOptions() {
        byte[] content = changed(sevenItems(), q -> statement(q, 0).remove("answerOption"));

        assertThat(problems(content)).contains(new FieldProblem("item[0].item[0].answerOption",
                "A choice item needs answer options"));
    }

    @Test
    void namesAnOptionWithoutAScoreWhenTheRuleAddsItUp() {
        byte[] content = changed(sevenItems(), q -> ((ObjectNode) statement(q, 2).get("answerOption").get(0)
                .get("valueCoding")).remove("extension"));

        assertThat(problems(content)).extracting(FieldProblem::field).containsExactly("item[0].item[2].answerOption[0]");
    }

    @Test
    void takesItemWeightOnTheOptionAsTheScore() {
        byte[] content = changed(sevenItems(), q -> {
            ObjectNode option = (ObjectNode) statement(q, 2).get("answerOption").get(0);
            ((ObjectNode) option.get("valueCoding")).remove("extension");
            option.putArray("extension").addObject().put("url", DefinitionReader.ITEM_WEIGHT).put("valueDecimal", 1);
        });

        assertThat(definition(content).item("s3").options().getFirst().score()).isEqualByComparingTo("1");
    }

    @Test
    void namesAConversionTableThatDoesNotCoverTheRawRange() {
        byte[] content = changed(sevenItems(), q -> ((ArrayNode) q.get("extension").get(0).get("extension")).remove(15));

        assertThat(problems(content)).containsExactly(new FieldProblem("extension[0]",
                "The conversion table does not cover the raw range 7 to 35: no converted score for 20"));
    }

    @Test
    void namesAScoredIntegerItemWithoutBounds() {
        byte[] content = changed(resource("/outcomes/ons4-personal-wellbeing.json"),
                q -> ((ObjectNode) q.get("item").get(2)).remove("extension"));

        assertThat(problems(content)).contains(new FieldProblem("item[2]",
                "A scored integer item needs minValue and maxValue extensions"));
    }

    @Test
    void asksForAScoringRule() {
        byte[] content = changed(sevenItems(), q -> q.remove("extension"));

        assertThat(problems(content)).extracting(FieldProblem::field).containsExactly("extension");
    }

    @Test
    void asksForUrlVersionTitleAndStatus() {
        byte[] content = changed(sevenItems(), q -> q.remove(List.of("url", "version", "title", "status")));

        assertThat(problems(content)).extracting(FieldProblem::field).contains("url", "version", "title", "status");
    }

    @Test
    void namesAnUnknownStatus() {
        byte[] content = changed(sevenItems(), q -> q.put("status", "published"));

        assertThat(problems(content)).containsExactly(new FieldProblem("status",
                "'published' is not a status: draft, active, retired or unknown"));
    }

    @Test
    void namesANulCharacter() {
        byte[] content = changed(sevenItems(), q -> q.put("title", "A\u0000B"));

        assertThat(problems(content)).containsExactly(new FieldProblem("title",
                "Contains a NUL character, which cannot be stored"));
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> DefinitionReader.read("title: wellbeing".getBytes(StandardCharsets.UTF_8), JSON))
                .isInstanceOf(DefinitionReader.Refused.class).hasMessageStartingWith("The file is not JSON");
    }

    @Test
    void refusesAFileThatIsNotAQuestionnaire() {
        assertThatThrownBy(() -> DefinitionReader.read("{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8), JSON))
                .isInstanceOf(DefinitionReader.Refused.class).hasMessageContaining("'Patient'");
    }

    @Test
    void readsEachDefinitionOfABundleOnItsOwn() {
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        entries.addObject().set("resource", JSON.readTree(sevenItems()));
        entries.addObject().set("resource", JSON.readTree(changed(sevenItems(), q -> statement(q, 0).remove("answerOption"))));
        entries.addObject().set("resource", JSON.createObjectNode().put("resourceType", "Patient"));

        List<DefinitionReader.Read> reads = DefinitionReader.read(JSON.writeValueAsBytes(bundle), JSON);

        assertThat(reads).extracting(DefinitionReader.Read::valid).containsExactly(true, false, false);
        assertThat(reads.get(1).problems()).extracting(FieldProblem::field)
                .containsExactly("entry[1].resource.item[0].item[0].answerOption");
        assertThat(reads.get(2).problems()).extracting(FieldProblem::field).containsExactly("entry[2].resource.resourceType");
    }
}
