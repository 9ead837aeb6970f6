package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The best matches found while skipping come out exactly as sorting every match by score, then
 * name, would give them: on an index made to tie (few names, few words, many copies) in several
 * segments with deletions, for queries that tie, that differ, and that demote.
 */
class BestMatchesTests {

    private static final Sort SCORE_THEN_NAME = new Sort(SortField.FIELD_SCORE,
            new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING));
    private static final long NOW = 1_800_000_000_000L;
    private static final ListingStanding STANDING = new ListingStanding(NOW, 0.05, 0.5);

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void tiedListingsInSeveralSegments() throws IOException {
        Random random = new Random(7);
        List<String> names = List.of("Walking group", "Chair yoga", "Walking football", "Craft club", "Choir");
        List<String> words = List.of("walking", "gentle", "group", "yoga", "chair", "friendly", "craft", "sing");
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setIndexSort(new Sort(new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING)));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 3000; i++) {
                String name = names.get(random.nextInt(names.size())) + " in " + (char) ('A' + random.nextInt(6));
                StringBuilder text = new StringBuilder(name);
                for (int w = random.nextInt(3); w < 4; w++) {
                    text.append(' ').append(words.get(random.nextInt(words.size())));
                }
                Document doc = new Document();
                doc.add(new StringField(ServiceDocuments.ID, "s" + i, Store.NO));
                doc.add(new SortedDocValuesField(ServiceDocuments.NAME_SORT,
                        new BytesRef(name.toLowerCase(Locale.UK))));
                doc.add(new TextField(ServiceDocuments.ALL, text.toString(), Store.NO));
                doc.add(new NumericDocValuesField(ServiceDocuments.VERIFIED_VALUE,
                        random.nextInt(10) == 0 ? NOW - 1 : NOW + 1));
                doc.add(new NumericDocValuesField(ServiceDocuments.CLOSED_VALUE, random.nextInt(8) == 0 ? 1 : 0));
                writer.addDocument(doc);
                if (i % 700 == 699) {
                    writer.commit();
                }
                if (i % 97 == 0 && i > 0) {
                    writer.deleteDocuments(new Term(ServiceDocuments.ID, "s" + (i - 50)));
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void theIndexUnderTestHasSeveralSegments() {
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
    }

    @Test
    void findsTheSameMatchesInTheSameOrderAsSortingEveryMatchByScoreThenName() throws IOException {
        List<Query> queries = List.of(
                term("walking"),
                new MatchAllDocsQuery(),
                any("walking", "yoga", "gentle"),
                all("chair", "yoga"),
                new BooleanQuery.Builder().add(term("group"), Occur.MUST).add(term("friendly"), Occur.SHOULD)
                        .add(term("sing"), Occur.SHOULD).build());
        for (Query query : queries) {
            for (int wanted : new int[] {1, 10, 30, 250}) {
                assertSameAsSorting(query, wanted);
                assertSameAsSorting(new DemotedQuery(query, STANDING), wanted);
            }
        }
    }

    @Test
    void scoresADemotedMatchAsTheFunctionScoreQueryItReplacesDid() throws IOException {
        Query query = any("walking", "yoga", "gentle");
        ScoreDoc[] demoted = sorted(new DemotedQuery(query, STANDING), 400);
        ScoreDoc[] boosted = sorted(FunctionScoreQuery.boostByValue(query, STANDING), 400);

        assertThat(Arrays.stream(demoted).map(d -> d.doc + "=" + ((FieldDoc) d).fields[0]).toList())
                .isEqualTo(Arrays.stream(boosted).map(d -> d.doc + "=" + ((FieldDoc) d).fields[0]).toList());
    }

    private void assertSameAsSorting(Query query, int wanted) throws IOException {
        List<Integer> expected = Arrays.stream(sorted(query, wanted)).map(d -> d.doc).toList();

        List<Integer> found = BestMatches.of(searcher, query, wanted).stream().map(d -> d.doc).toList();

        assertThat(found).as("%s, best %d", query, wanted).isEqualTo(expected);
    }

    /** Every match scored and sorted, as the search did before. */
    private ScoreDoc[] sorted(Query query, int wanted) throws IOException {
        return searcher.search(query, new TopFieldCollectorManager(SCORE_THEN_NAME, wanted, null, Integer.MAX_VALUE))
                .scoreDocs;
    }

    private static Query term(String word) {
        return new TermQuery(new Term(ServiceDocuments.ALL, word));
    }

    private static Query any(String... words) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Arrays.stream(words).forEach(w -> any.add(term(w), Occur.SHOULD));
        return any.build();
    }

    private static Query all(String... words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Arrays.stream(words).forEach(w -> all.add(term(w), Occur.MUST));
        return all.build();
    }
}
