package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * The text of a search as Lucene queries: each word by the operator, and the ways of saying one word
 * (its synonyms) as one, scored for the best of them.
 */
class LuceneQueriesTests {

    final LuceneQueries queries = new LuceneQueries(EnglishText.withShippedSynonyms());

    @Test
    void scoresTheWaysOfSayingAWordAsTheBestOfThem() {
        BooleanQuery text = (BooleanQuery) queries.text("arthritis", true).orElseThrow();

        assertThat(text.clauses()).singleElement().satisfies(word -> {
            assertThat(word.occur()).isEqualTo(Occur.MUST);
            assertThat(word.query()).isInstanceOfSatisfying(DisjunctionMaxQuery.class, ways -> {
                assertThat(ways.getTieBreakerMultiplier()).isZero();
                assertThat(ways.getDisjuncts()).contains(term("arthriti"), term("osteoarthr"));
            });
        });
    }

    @Test
    void keepsEachWordOfTheTextAsAClauseOfItsOwn() {
        BooleanQuery all = (BooleanQuery) queries.text("origami lonely", true).orElseThrow();
        BooleanQuery any = (BooleanQuery) queries.text("origami lonely", false).orElseThrow();

        assertThat(all.clauses()).extracting(BooleanClause::occur).containsExactly(Occur.MUST, Occur.MUST);
        assertThat(any.clauses()).extracting(BooleanClause::occur).containsExactly(Occur.SHOULD, Occur.SHOULD);
        assertThat(all.clauses().get(0).query()).isEqualTo(term("origami"));
        assertThat(all.clauses().get(1).query()).isInstanceOf(DisjunctionMaxQuery.class);
        assertThat(LuceneQueries.hasSeveralWords(all)).isTrue();
    }

    @Test
    void findsNoQueryForTextWithoutSearchableWords() {
        assertThat(queries.text("the and of", true)).isEmpty();
        assertThat(queries.text(null, true)).isEmpty();
    }

    private static Query term(String word) {
        return new TermQuery(new Term(ServiceDocuments.ALL, word));
    }
}
