package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Facet counts from the ordinals held on the heap are exactly Lucene's own ({@link SortedSetDocValuesFacetCounts}):
 * on an index of several segments with deletions and values that only some segments have, for queries that match
 * everything, some and nothing; and a segment's ordinals are read once and let go when it is merged away.
 */
class FacetOrdinalsTests {

    private static final List<String> DIMS = List.of("needs", "days", "cost");
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final FacetsConfig config = new FacetsConfig();
    private DirectoryReader reader;

    FacetOrdinalsTests() {
        config.setMultiValued("needs", true);
        config.setMultiValued("days", true);
    }

    @AfterEach
    void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }

    @Test
    void countsAsLuceneDoesOverSegmentsWithDeletions() throws IOException {
        try (IndexWriter writer = writer()) {
            Random random = new Random(11);
            for (int i = 0; i < 2000; i++) {
                // later segments bring needs the first ones never had, so segment and searcher ordinals differ
                writer.addDocument(config.build(service(i, random, 4 + i / 500)));
                if (i % 500 == 499) {
                    writer.commit();
                }
            }
            for (int i = 0; i < 2000; i += 7) {
                writer.deleteDocuments(new Term("id", "s" + i));
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        assertThat(reader.hasDeletions()).isTrue();
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetOrdinals ordinals = FacetOrdinals.of(reader, state, new FacetOrdinals.Segments());

        for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "walking")),
                new TermQuery(new Term("word", "choir")), new TermQuery(new Term("word", "nowhere")))) {
            FacetsCollector lucene = searcher.search(query, new FacetsCollectorManager());
            SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(state, lucene);
            FacetOrdinals.Counts counts = ordinals.count(searcher, query);

            assertThat(counts.total()).as("matches of %s", query).isEqualTo(searcher.count(query));
            for (String dim : DIMS) {
                assertThat(asMap(ordinals.values(counts, dim))).as("%s of %s", dim, query)
                        .isEqualTo(luceneCounts(expected, dim));
            }
        }
        assertThat(ordinals.values(ordinals.count(searcher, new MatchAllDocsQuery()), "needs"))
                .extracting(FacetOrdinals.ValueCount::value).contains("need-0", "need-6");
        assertThat(ordinals.values(ordinals.count(searcher, new MatchAllDocsQuery()), "no-such-facet")).isEmpty();
    }

    @Test
    void readsEachSegmentOnceAndForgetsMergedOnes() throws IOException {
        FacetOrdinals.Segments segments = new FacetOrdinals.Segments();
        try (IndexWriter writer = writer()) {
            Random random = new Random(3);
            for (int i = 0; i < 300; i++) {
                writer.addDocument(config.build(service(i, random, 5)));
                if (i % 100 == 99) {
                    writer.commit();
                }
            }
            try (DirectoryReader first = DirectoryReader.open(writer)) {
                FacetOrdinals.of(first, new DefaultSortedSetDocValuesReaderState(first, config), segments);
                assertThat(segments.size()).isEqualTo(first.leaves().size()).isGreaterThan(1);
                try (DirectoryReader same = DirectoryReader.open(writer)) {
                    FacetOrdinals.of(same, new DefaultSortedSetDocValuesReaderState(same, config), segments);
                    assertThat(segments.size()).isEqualTo(first.leaves().size());
                }
            }
            writer.forceMerge(1);
            try (DirectoryReader merged = DirectoryReader.open(writer)) {
                FacetOrdinals merges = FacetOrdinals.of(merged,
                        new DefaultSortedSetDocValuesReaderState(merged, config), segments);
                assertThat(merges.count(new IndexSearcher(merged), new MatchAllDocsQuery()).total()).isEqualTo(300);
            }
        }
        assertThat(segments.size()).as("segments closed with their readers are forgotten").isZero();
    }

    private IndexWriter writer() throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
    }

    private static Document service(int i, Random random, int needs) {
        Document doc = new Document();
        doc.add(new StringField("id", "s" + i, Store.NO));
        doc.add(new StringField("word", List.of("walking", "choir", "craft").get(random.nextInt(3)), Store.NO));
        for (int n = random.nextInt(3); n < 3; n++) {
            doc.add(new SortedSetDocValuesFacetField("needs", "need-" + random.nextInt(needs)));
        }
        if (random.nextInt(4) > 0) {
            doc.add(new SortedSetDocValuesFacetField("days", List.of("MONDAY", "TUESDAY", "FRIDAY")
                    .get(random.nextInt(3))));
        }
        doc.add(new SortedSetDocValuesFacetField("cost", random.nextBoolean() ? "free" : "paid"));
        return doc;
    }

    private static Map<String, Long> asMap(List<FacetOrdinals.ValueCount> values) {
        return values.stream().collect(Collectors.toMap(FacetOrdinals.ValueCount::value, FacetOrdinals.ValueCount::count,
                (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Long> luceneCounts(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        FacetResult result = counts.getAllChildren(dim);
        Map<String, Long> map = new TreeMap<>();
        if (result != null) {
            Arrays.stream(result.labelValues).filter(lv -> lv.value.longValue() > 0)
                    .forEach(lv -> map.put(lv.label, lv.value.longValue()));
        }
        return map;
    }
}
