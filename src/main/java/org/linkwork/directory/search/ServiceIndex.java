package org.linkwork.directory.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.Facet;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.SearchResults;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.place.GeoPoint;

/**
 * The search index of listed services: one Lucene document per active or temporarily closed
 * service. Searches are thread-safe and read a snapshot ({@link SearcherManager}); writes are
 * seen by searches after {@link #refresh()}.
 */
final class ServiceIndex implements DirectorySearch, Closeable {

    private static final List<String> FACETS = List.of(Facet.NEEDS, Facet.ACCESSIBILITY, Facet.DAYS, Facet.COST,
            Facet.WARD);
    /** Facets whose own selection widens the search ("any of"), so their counts leave it out. */
    private static final Set<String> COUNTED_SIDEWAYS = Set.of(Facet.NEEDS, Facet.DAYS);
    /**
     * Documents in each segment are kept in name order, so that the best matches of a search can
     * be found without scoring every match that ties with them ({@link BestMatches}).
     */
    private static final Sort BY_NAME = new Sort(new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ServiceDocuments documents = new ServiceDocuments();
    private final LuceneQueries queries;
    private final Snippets snippets;
    private final Clock clock;
    private final Function<String, Optional<String>> wardNames;
    private volatile Vocabulary vocabulary = Vocabulary.empty();

    /**
     * @param wardNames the name of a ward from its code, for the ward facet
     */
    ServiceIndex(Directory directory, EnglishText english, Clock clock, Function<String, Optional<String>> wardNames) {
        this.directory = directory;
        this.queries = new LuceneQueries(english);
        this.snippets = new Snippets(english.index());
        this.clock = clock;
        this.wardNames = wardNames;
        try {
            // An index saved by an older format is started afresh (and so rebuilt): it may not be sorted.
            IndexWriterConfig config = new IndexWriterConfig(english.index())
                    .setOpenMode(savedFormat(directory).equals(Optional.of(FORMAT))
                            ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setIndexSort(BY_NAME)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new FacetingSearcherFactory(documents));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shape of the documents written here. Change it whenever {@link ServiceDocuments} or the
     * text analysis changes, so that an index saved by an older version is rebuilt, not reused.
     */
    static final String FORMAT = "5";
    private static final String SAVED_FORMAT = "linkwork.format";
    private static final String SAVED_SEQ = "linkwork.change-seq";
    private static final String SAVED_SEQ_AT = "linkwork.change-at";
    private static final String SAVED_GAPS = "linkwork.change-gaps";

    /**
     * What a saved index holds: every change of the directory's change log up to {@code seq},
     * which was written at {@code seqAt} (so that an index saved against another database is not
     * mistaken for this one's), except the {@code gaps}: changes numbered before {@code seq} whose
     * transactions had not committed when it was saved.
     */
    record Saved(long seq, Instant seqAt, List<Long> gaps) {

        Saved {
            gaps = List.copyOf(gaps);
        }
    }

    private static Optional<String> savedFormat(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(SAVED_FORMAT));
    }

    /** The state saved with the last commit, if it was written by this format. */
    Optional<Saved> saved() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!FORMAT.equals(data.get(SAVED_FORMAT)) || data.get(SAVED_SEQ) == null || data.get(SAVED_SEQ_AT) == null) {
            return Optional.empty();
        }
        String gaps = data.getOrDefault(SAVED_GAPS, "");
        return Optional.of(new Saved(Long.parseLong(data.get(SAVED_SEQ)), Instant.parse(data.get(SAVED_SEQ_AT)),
                gaps.isEmpty() ? List.of() : Arrays.stream(gaps.split(",")).map(Long::valueOf).toList()));
    }

    /** Commits everything written so far, durably, with what it holds. */
    void save(Saved saved) {
        try {
            writer.setLiveCommitData(Map.of(SAVED_FORMAT, FORMAT, SAVED_SEQ, Long.toString(saved.seq()),
                    SAVED_SEQ_AT, saved.seqAt().toString(),
                    SAVED_GAPS, saved.gaps().stream().map(String::valueOf).collect(Collectors.joining(","))).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void useVocabulary(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Removes everything; searches see the old contents until the next {@link #refresh()}. */
    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the service, or removes it when it is no longer listed. */
    void put(ServiceDetail detail, Function<GeoPoint, Optional<String>> wardOf) {
        Term id = new Term(ServiceDocuments.ID, detail.service().id());
        Optional<Document> document = documents.document(detail, vocabulary, wardOf, LocalDate.now(clock));
        try {
            if (document.isPresent()) {
                writer.updateDocument(id, document.get());
            } else {
                writer.deleteDocuments(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String serviceId) {
        try {
            writer.deleteDocuments(new Term(ServiceDocuments.ID, serviceId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment: after a full build, so that searches and facet counts
     * over the whole directory read one segment rather than dozens. Later updates add small
     * segments that the writer merges as usual.
     */
    void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far visible to searches; returns when it is. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many services searches can find now. */
    int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public SearchResults search(SearchQuery q) {
        Instant now = clock.instant();
        Map<String, Query> filters = queries.filters(q, now);
        return withSearcher(searcher -> {
            Optional<Query> text = queries.text(q.text(), !q.anyWord());
            Found found = find(searcher, q, text, filters, now);
            boolean allWords = !q.anyWord();
            if (allWords && found.total() == 0 && text.isPresent() && LuceneQueries.hasSeveralWords(text.get())) {
                Optional<Query> anyWord = queries.text(q.text(), false);
                Found relaxed = find(searcher, q, anyWord, filters, now);
                if (relaxed.total() > 0) {
                    found = relaxed;
                    text = anyWord;
                    allWords = false;
                }
            }
            List<Facet> facets = facets(searcher, found.counts(), text, filters);
            Set<String> terms = searchedTerms(text);
            StoredFields stored = searcher.storedFields();
            List<ScoreDoc> docs = found.top();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = (q.page() - 1) * q.pageSize(); i < docs.size(); i++) {
                hits.add(hit(stored.document(docs.get(i).doc), q, terms, now));
            }
            return new SearchResults(found.total(), q.page(), q.pageSize(), hits, facets, allWords);
        });
    }

    private record Found(List<ScoreDoc> top, FacetOrdinals.Counts counts, long total) {
    }

    /**
     * Two passes, each doing only what it needs: one counts every match and its facets without
     * scoring any; the other finds the page's worth of best matches, skipping those that cannot
     * make it rather than scoring them all ({@link BestMatches}).
     */
    private Found find(IndexSearcher searcher, SearchQuery q, Optional<Query> text, Map<String, Query> filters,
            Instant now) throws IOException {
        Query matching = LuceneQueries.matching(text, filters);
        FacetOrdinals ordinals = ((FacetingSearcher) searcher).ordinals;
        FacetOrdinals.Counts counts = ordinals == null ? null : ordinals.count(searcher, matching);
        long total = counts == null ? searcher.count(matching) : counts.total();
        if (total == 0) {
            return new Found(List.of(), counts, 0);
        }
        return new Found(BestMatches.of(searcher, queries.ranked(q, text, filters, now), q.page() * q.pageSize()),
                counts, total);
    }

    private List<Facet> facets(IndexSearcher searcher, FacetOrdinals.Counts counts, Optional<Query> text,
            Map<String, Query> filters) throws IOException {
        FacetOrdinals ordinals = ((FacetingSearcher) searcher).ordinals;
        if (ordinals == null) {
            return List.of();
        }
        List<Facet> facets = new ArrayList<>();
        for (String dim : FACETS) {
            FacetOrdinals.Counts source = counts;
            if (COUNTED_SIDEWAYS.contains(dim) && filters.containsKey(dim)) {
                source = ordinals.count(searcher, LuceneQueries.leavingOut(dim, text, filters));
            }
            facets.add(new Facet(dim, ordinals.values(source, dim).stream()
                    .map(v -> new Facet.Value(v.value(), label(dim, v.value()), v.count()))
                    .sorted(Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label))
                    .toList()));
        }
        return facets;
    }

    private String label(String dim, String value) {
        return switch (dim) {
            case Facet.NEEDS -> vocabulary.name(Vocabulary.Kind.NEED, value).orElse(value);
            case Facet.ACCESSIBILITY -> vocabulary.name(Vocabulary.Kind.ACCESSIBILITY, value).orElse(value);
            case Facet.DAYS -> ListingWords.dayName(DayOfWeek.valueOf(value));
            case Facet.COST -> "free".equals(value) ? "Free" : "Costs money";
            case Facet.WARD -> wardNames.apply(value).orElse(value);
            default -> value;
        };
    }

    private static Set<String> searchedTerms(Optional<Query> text) {
        if (text.isEmpty()) {
            return Set.of();
        }
        Set<Term> terms = new HashSet<>();
        text.get().visit(QueryVisitor.termCollector(terms));
        return terms.stream().filter(t -> t.field().equals(ServiceDocuments.ALL)).map(Term::text)
                .collect(Collectors.toSet());
    }

    private SearchHit hit(Document doc, SearchQuery q, Set<String> terms, Instant now) {
        Instant verified = Instant.ofEpochMilli(doc.getField(ServiceDocuments.VERIFIED).numericValue().longValue());
        return new SearchHit(doc.get(ServiceDocuments.ID), doc.get(ServiceDocuments.NAME),
                doc.get(ServiceDocuments.ORGANIZATION), doc.get(ServiceDocuments.ORGANIZATION_NAME),
                snippets.of(doc.get(ServiceDocuments.DESCRIPTION), terms),
                q.near() == null ? null : nearestKm(doc.get(ServiceDocuments.POINTS), q.near()),
                doc.get(ServiceDocuments.PLACE), doc.get(ServiceDocuments.WHEN), doc.get(ServiceDocuments.COST_TEXT),
                "free".equals(doc.get(ServiceDocuments.COST)),
                List.of(doc.getValues(ServiceDocuments.ACCESSIBILITY_LABEL)),
                Freshness.of(verified, now), verified,
                ServiceDocuments.TEMPORARILY_CLOSED.equals(doc.get(ServiceDocuments.STATUS)),
                doc.get(ServiceDocuments.CAPACITY));
    }

    private static Double nearestKm(String points, GeoPoint from) {
        if (points == null) {
            return null;
        }
        double nearest = Double.MAX_VALUE;
        for (String point : points.split(";")) {
            String[] latLon = point.split(" ");
            nearest = Math.min(nearest,
                    from.distanceKm(new GeoPoint(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1]))));
        }
        return nearest;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closed in reverse order: searchers, writer, directory
        }
    }

    /** A searcher with the facet values of its reader, read once when it is opened (null before any service). */
    private static final class FacetingSearcher extends IndexSearcher {
        final FacetOrdinals ordinals;

        FacetingSearcher(IndexReader reader, FacetOrdinals ordinals) {
            super(reader);
            this.ordinals = ordinals;
        }
    }

    private static final class FacetingSearcherFactory extends SearcherFactory {
        private final ServiceDocuments documents;
        private final FacetOrdinals.Segments segments = new FacetOrdinals.Segments();

        FacetingSearcherFactory(ServiceDocuments documents) {
            this.documents = documents;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig());
            } catch (IllegalArgumentException noFacetsYet) {
                return new FacetingSearcher(reader, null);
            }
            return new FacetingSearcher(reader, FacetOrdinals.of(reader, state, segments));
        }
    }
}
