package org.linkwork.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

class RecordViewTests {

    private record Fact(String term, String detail) {
    }

    private record Row(String name, String snippet, List<Fact> facts, Fact first) {

        public boolean hasSnippet() {
            return snippet != null;
        }

        public String shout() {
            throw new IllegalArgumentException("no");
        }
    }

    private final Row row = new Row("Walking group", null, List.of(new Fact("Where", "Halifax")), new Fact("When", "Monday"));

    @Test
    void readsComponentsAndPublicMethodsThatTakeNothing() {
        Map<String, Object> view = RecordView.of(row);

        assertThat(view.get("name")).isEqualTo("Walking group");
        assertThat(view.get("hasSnippet")).isEqualTo(false);
        assertThat(view.containsKey("snippet")).isTrue();
        assertThat(view.get("snippet")).isNull();
        assertThat(view.containsKey("nothing")).isFalse();
        assertThat(view.get("nothing")).isNull();
        assertThat(view.containsKey("toString")).isFalse();
        assertThat(view.keySet()).containsExactly("name", "snippet", "facts", "first", "hasSnippet", "shout");
    }

    @Test
    void showsRecordsInsideTheSameWay() {
        Map<String, Object> view = RecordView.of(row);

        assertThat(view.get("first")).isEqualTo(Map.of("term", "When", "detail", "Monday"));
        assertThat(view.get("facts")).isEqualTo(List.of(Map.of("term", "Where", "detail", "Halifax")));
    }

    @Test
    void passesOnWhatAMethodThrows() {
        assertThatThrownBy(() -> RecordView.of(row).get("shout")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no");
    }

    @Test
    void readsAsTheTemplateExpressionsDoThroughTheMapAccessor() {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.addPropertyAccessor(new MapAccessor());
        context.setVariable("rows", RecordView.of(List.of(row, new Row("Choir", "Sing", List.of(), null))));
        SpelExpressionParser parser = new SpelExpressionParser();

        assertThat(parser.parseExpression("#rows.![name + ':' + hasSnippet + ':' + facts.size()]").getValue(context))
                .isEqualTo(List.of("Walking group:false:1", "Choir:true:0"));
        assertThat(parser.parseExpression("#rows[0].facts[0].detail").getValue(context)).isEqualTo("Halifax");
    }
}
