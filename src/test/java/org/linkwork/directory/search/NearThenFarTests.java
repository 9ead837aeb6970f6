package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.SearchQuery;
import org.linkwork.place.GeoPoint;

/**
 * A search near a point, made in two parts (the listings within {@value LuceneQueries#NEAR_KM} km, then the rest
 * with what nearness can add to them capped), finds the same listings with the same scores in the same order as
 * the one ranked query: on listings spread from a few hundred metres to far away (and some with no venue), in
 * several segments with deletions, many sharing a name.
 */
class NearThenFarTests {

    private static final GeoPoint HALIFAX = new GeoPoint(53.7213, -1.8626);
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final Sort SCORE_THEN_NAME = new Sort(SortField.FIELD_SCORE,
            new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING));

    private final EnglishText english = EnglishText.withShippedSynonyms();
    private final LuceneQueries queries = new LuceneQueries(english);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void listingsNearAndFar() throws IOException {
        Random random = new Random(5);
        List<String> names = List.of("Peer support group", "Walking group", "Arthritis support", "Craft club",
                "Chair yoga", "Carers' coffee morning", "Debt advice drop-in");
        List<String> words = List.of("support", "group", "walking", "friendly", "joint pain", "knitting", "money",
                "gentle", "peer", "carers", "lonely");
        IndexWriterConfig config = new IndexWriterConfig(english.index())
                .setIndexSort(new Sort(new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING)));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 4000; i++) {
                String name = names.get(random.nextInt(names.size()));
                StringBuilder text = new StringBuilder(name);
                for (int w = random.nextInt(4); w < 5; w++) {
                    text.append(' ').append(words.get(random.nextInt(words.size())));
                }
                Document doc = new Document();
                doc.add(new StringField(ServiceDocuments.ID, "s" + i, Store.NO));
                doc.add(new SortedDocValuesField(ServiceDocuments.NAME_SORT, new BytesRef(name.toLowerCase(Locale.UK))));
                doc.add(new TextField(ServiceDocuments.NAME, name, Store.NO));
                doc.add(new TextField(ServiceDocuments.ALL, text.toString(), Store.NO));
                if (random.nextInt(3) == 0) {
                    doc.add(new TextField(ServiceDocuments.NEED_NAMES, "peer support", Store.NO));
                }
                // a fifth within 12 km, the rest up to about 200 km; a few with no venue at all
                for (int venue = random.nextInt(12) == 0 ? 2 : random.nextInt(20) == 0 ? 0 : 1; venue > 0; venue--) {
                    double km = random.nextInt(5) == 0 ? random.nextDouble() * 12 : 12 + random.nextDouble() * 190;
                    double bearing = random.nextDouble() * 2 * Math.PI;
                    double lat = HALIFAX.latitude() + km / 111.2 * Math.cos(bearing);
                    double lon = HALIFAX.longitude() + km / (111.2 * Math.cos(Math.toRadians(lat))) * Math.sin(bearing);
                    doc.add(new LatLonPoint(ServiceDocuments.LOCATION, lat, lon));
                    doc.add(new LatLonDocValuesField(ServiceDocuments.LOCATION, lat, lon));
                }
                doc.add(new NumericDocValuesField(ServiceDocuments.VERIFIED_VALUE,
                        random.nextInt(10) == 0 ? NOW.minusSeconds(400L * 24 * 3600).toEpochMilli() : NOW.toEpochMilli()));
                doc.add(new NumericDocValuesField(ServiceDocuments.CLOSED_VALUE, random.nextInt(8) == 0 ? 1 : 0));
                writer.addDocument(doc);
                if (i % 900 == 899) {
                    writer.commit();
                }
                if (i % 101 == 0 && i > 0) {
                    writer.deleteDocuments(new Term(ServiceDocuments.ID, "s" + (i - 60)));
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
    void findsWhatTheOneRankedQueryFindsInTheSameOrderWithTheSameScores() throws IOException {
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        for (String text : new String[] {null, "peer support", "walking group", "arthritis", "knitting", "support"}) {
            for (GeoPoint near : List.of(HALIFAX, new GeoPoint(53.80, -1.75), new GeoPoint(52.5, -1.9))) {
                SearchQuery q = SearchQuery.builder().text(text).near(near).build();
                Optional<Query> words = queries.text(q.text(), true);
                Map<String, Query> filters = queries.filters(q, NOW);
                Query ranked = queries.ranked(q, words, filters, NOW);
                LuceneQueries.NearThenFar split = queries.rankedNearThenFar(q, words, filters, NOW).orElseThrow();
                for (int wanted : new int[] {1, 10, 30, 200}) {
                    List<String> expected = asText(BestMatches.of(searcher, ranked, wanted));

                    assertThat(asText(BestMatches.of(searcher, split.near(), split.far(), wanted)))
                            .as("'%s' near %s, best %d", text, near, wanted).isEqualTo(expected);
                    assertThat(Arrays.stream(searcher.search(ranked,
                            new TopFieldCollectorManager(SCORE_THEN_NAME, wanted, null, Integer.MAX_VALUE)).scoreDocs)
                            .map(d -> d.doc + "=" + ((FieldDoc) d).fields[0]).toList())
                            .as("sorting every match of '%s' near %s, best %d", text, near, wanted)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void thePartsMatchEachListingOfTheRankedQueryOnce() throws IOException {
        SearchQuery q = SearchQuery.builder().text("support").near(HALIFAX).build();
        Optional<Query> words = queries.text(q.text(), true);
        Map<String, Query> filters = queries.filters(q, NOW);
        LuceneQueries.NearThenFar split = queries.rankedNearThenFar(q, words, filters, NOW).orElseThrow();

        int near = searcher.count(split.near());
        int far = searcher.count(split.far());
        Query both = new BooleanQuery.Builder().add(split.near(), Occur.MUST).add(split.far(), Occur.MUST).build();

        assertThat(near).isPositive();
        assertThat(far).isGreaterThan(near);
        assertThat(near + far).isEqualTo(searcher.count(queries.ranked(q, words, filters, NOW)));
        assertThat(searcher.count(both)).isZero();
    }

    @Test
    void nearnessAddsNoMoreThanTheCapToAnyListingOfTheFarPart() throws IOException {
        SearchQuery q = SearchQuery.builder().near(HALIFAX).build();
        Query nearness = LatLonPoint.newDistanceFeatureQuery(ServiceDocuments.LOCATION, LuceneQueries.DISTANCE_WEIGHT,
                HALIFAX.latitude(), HALIFAX.longitude(), LuceneQueries.DISTANCE_PIVOT_KM * 1000);
        Query within = LatLonPoint.newDistanceQuery(ServiceDocuments.LOCATION, HALIFAX.latitude(), HALIFAX.longitude(),
                LuceneQueries.NEAR_KM * 1000);
        Query farOnly = new BooleanQuery.Builder().add(nearness, Occur.MUST).add(within, Occur.MUST_NOT).build();

        TopDocs nearestOfTheFar = searcher.search(farOnly, new TopScoreDocCollectorManager(1, Integer.MAX_VALUE));

        assertThat(queries.rankedNearThenFar(q, Optional.empty(), Map.of(), NOW)).isPresent();
        assertThat(nearestOfTheFar.scoreDocs[0].score).isLessThanOrEqualTo(LuceneQueries.farNearness())
                .isGreaterThan(LuceneQueries.farNearness() * 0.9f);
    }

    @Test
    void aSearchAlreadyKeptNearIsNotSplit() {
        SearchQuery within = SearchQuery.builder().near(HALIFAX, 5.0).build();
        SearchQuery nowhere = SearchQuery.builder().text("walking").build();

        assertThat(queries.rankedNearThenFar(within, Optional.empty(), queries.filters(within, NOW), NOW)).isEmpty();
        assertThat(queries.rankedNearThenFar(nowhere, queries.text("walking", true), Map.of(), NOW)).isEmpty();
    }

    private static List<String> asText(List<ScoreDoc> docs) {
        return docs.stream().map(d -> d.doc + "=" + d.score).toList();
    }
}
