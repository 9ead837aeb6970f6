package org.linkwork.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of every service in a searcher's view, held on the heap as plain arrays of ordinals, and the
 * counting of them over a query's matches.
 *
 * <p>Why not Lucene's {@code SortedSetDocValuesFacetCounts}: it decodes each match's values from the index's
 * doc values (memory-mapped, compressed) after collecting the matches into a doc id set, and on 100,000 services
 * that was an eighth of a search's CPU. A directory's facet values are few (a few per service), so reading them
 * once per segment into arrays costs a few megabytes and makes counting a walk over arrays while the matches are
 * collected. The arrays of a segment are read when a searcher first sees it and kept until the segment is
 * closed, so a refresh after a change reads only the new segments.
 */
final class FacetOrdinals {

    /** Per segment, shared by every searcher that sees it. */
    static final class Segments {
        private final Map<IndexReader.CacheKey, SegmentOrdinals> read = new ConcurrentHashMap<>();

        private SegmentOrdinals of(LeafReader leaf, String field) throws IOException {
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            if (helper == null) {
                return SegmentOrdinals.read(leaf, field);
            }
            SegmentOrdinals known = read.get(helper.getKey());
            if (known != null) {
                return known;
            }
            SegmentOrdinals ordinals = SegmentOrdinals.read(leaf, field);
            if (read.putIfAbsent(helper.getKey(), ordinals) == null) {
                helper.addClosedListener(read::remove);
            }
            return ordinals;
        }

        int size() {
            return read.size();
        }
    }

    /**
     * A segment's values: those of document d are {@code ordinals[starts[d]]} to {@code ordinals[starts[d+1]-1]},
     * each below {@code valueCount}.
     */
    private record SegmentOrdinals(int[] starts, int[] ordinals, int valueCount) {

        static SegmentOrdinals read(LeafReader leaf, String field) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
            int[] starts = new int[leaf.maxDoc() + 1];
            int[] ordinals = new int[Math.max(16, leaf.maxDoc() * 4)];
            int next = 0;
            int doc = 0;
            for (int d = values.nextDoc(); d != SortedSetDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
                while (doc <= d) {
                    starts[doc++] = next;
                }
                int count = values.docValueCount();
                if (next + count > ordinals.length) {
                    ordinals = Arrays.copyOf(ordinals, Math.max(next + count, ordinals.length * 3 / 2));
                }
                for (int i = 0; i < count; i++) {
                    ordinals[next++] = Math.toIntExact(values.nextOrd());
                }
            }
            while (doc <= leaf.maxDoc()) {
                starts[doc++] = next;
            }
            return new SegmentOrdinals(starts, Arrays.copyOf(ordinals, next), Math.toIntExact(values.getValueCount()));
        }
    }

    private final SortedSetDocValuesReaderState state;
    private final List<SegmentOrdinals> segments;
    /** Per segment, the searcher-wide ordinal of each of the segment's own. */
    private final List<int[]> toGlobal;
    private final String[] labels;

    private FacetOrdinals(SortedSetDocValuesReaderState state, List<SegmentOrdinals> segments, List<int[]> toGlobal,
            String[] labels) {
        this.state = state;
        this.segments = segments;
        this.toGlobal = toGlobal;
        this.labels = labels;
    }

    static FacetOrdinals of(IndexReader reader, SortedSetDocValuesReaderState state, Segments cache)
            throws IOException {
        String field = state.getField();
        SortedSetDocValues global = state.getDocValues();
        OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<SegmentOrdinals> segments = new ArrayList<>();
        List<int[]> toGlobal = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SegmentOrdinals segment = cache.of(leaf.reader(), field);
            segments.add(segment);
            int[] mapping = new int[segment.valueCount()];
            LongValues globalOrds = map == null ? null : map.getGlobalOrds(leaf.ord);
            for (int ord = 0; ord < mapping.length; ord++) {
                mapping[ord] = globalOrds == null ? ord : Math.toIntExact(globalOrds.get(ord));
            }
            toGlobal.add(mapping);
        }
        String[] labels = new String[Math.toIntExact(global.getValueCount())];
        for (int ord = 0; ord < labels.length; ord++) {
            BytesRef term = global.lookupOrd(ord);
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            labels[ord] = path[path.length - 1];
        }
        return new FacetOrdinals(state, List.copyOf(segments), List.copyOf(toGlobal), labels);
    }

    /** How many services match the query, and how many of them have each facet value. */
    Counts count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<Counter, Counts>() {
            @Override
            public Counter newCollector() {
                return new Counter();
            }

            @Override
            public Counts reduce(Collection<Counter> counters) {
                int[] sum = new int[labels.length];
                long total = 0;
                for (Counter c : counters) {
                    total += c.total;
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += c.counts[i];
                    }
                }
                return new Counts(total, sum);
            }
        });
    }

    /** The values of a facet with at least one match: value and count, in ordinal order. */
    List<ValueCount> values(Counts counts, String dim) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        List<ValueCount> values = new ArrayList<>();
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts.byOrdinal()[ord] > 0) {
                values.add(new ValueCount(labels[ord], counts.byOrdinal()[ord]));
            }
        }
        return values;
    }

    record ValueCount(String value, long count) {
    }

    /** The matches of a query and the count of each facet value among them, by the searcher's ordinals. */
    record Counts(long total, int[] byOrdinal) {
    }

    /** Counts each segment's values by its own ordinals while collecting, then adds them up by the searcher's. */
    private final class Counter extends SimpleCollector {
        private final int[] counts = new int[labels.length];
        private long total;
        private int[] segmentCounts = new int[0];
        private int[] starts;
        private int[] ordinals;
        private int[] mapping;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            SegmentOrdinals segment = segments.get(context.ord);
            starts = segment.starts();
            ordinals = segment.ordinals();
            mapping = toGlobal.get(context.ord);
            segmentCounts = new int[mapping.length];
        }

        @Override
        public void collect(int doc) {
            total++;
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                segmentCounts[ordinals[i]]++;
            }
        }

        @Override
        public void finish() {
            for (int ord = 0; ord < segmentCounts.length; ord++) {
                counts[mapping[ord]] += segmentCounts[ord];
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            // counts need no scores
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
