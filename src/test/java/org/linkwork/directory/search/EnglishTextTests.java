package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class EnglishTextTests {

    final EnglishText english = EnglishText.withShippedSynonyms();

    static List<String> tokens(Analyzer analyzer, String text) throws Exception {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("all", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void readsTextAsLuceneReadsEnglish() throws Exception {
        assertThat(tokens(english.index(), "The Men's Shed: walking and SWIMMING groups"))
                .containsExactly("men", "shed", "walk", "swim", "group");
    }

    @Test
    void expandsArthritisToJointPainWhenSearching() throws Exception {
        assertThat(tokens(english.query(), "arthritis")).contains("arthriti", "joint", "pain", "msk", "musculoskelet");
        assertThat(tokens(english.query(), "joint pains")).contains("arthriti", "osteoarthr", "rheumatoid");
    }

    @Test
    void keepsSynonymsOutOfTheStoredText() throws Exception {
        assertThat(tokens(english.index(), "arthritis")).containsExactly("arthriti");
    }

    @Test
    void shipsAtLeastFortySynonymRulesInSolrFormat() throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(EnglishText.SYNONYMS).getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count()).isGreaterThanOrEqualTo(40);
        }
        assertThat(tokens(english.query(), "food bank")).contains("pantri");
        assertThat(tokens(english.query(), "widowed")).contains("grief", "bereav");
        assertThat(tokens(english.query(), "carer")).contains("look", "after");
    }

    @Test
    void refusesASynonymThatIsOnlyWordsTooCommonToSearchFor() {
        assertThatThrownBy(() -> EnglishText.withSynonyms(new StringReader("walking, the\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
    }
}
