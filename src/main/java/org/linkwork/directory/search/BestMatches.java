package org.linkwork.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * The best {@code wanted} matches by score, then name, then document: the order of
 * {@code Sort(SCORE, name)}, found with far fewer matches scored.
 *
 * <p>Why not Lucene's sorting collector: when many matches share the best score (listings made
 * from one template, or one charity's groups in many towns), a match with the same score as the
 * last of the page may still come before it by name, so that collector can only skip matches
 * scoring below the page, and ends up scoring all the ties. Here the index is sorted by name
 * ({@link ServiceIndex}), so within a segment a later match is never before an earlier one by name:
 * once a segment has filled the page, only a strictly higher score can enter it, which lets
 * block-max WAND skip every block that cannot beat the page. Segments are then merged by score,
 * name and document, as the sort would have ordered them.
 */
final class BestMatches implements CollectorManager<BestMatches.Best, List<ScoreDoc>> {

    private final int wanted;

    BestMatches(int wanted) {
        this.wanted = wanted;
    }

    /** A match of one segment, with its name read once it is among the best. */
    private record Match(float score, int doc, int leafDoc, LeafReaderContext leaf) {
    }

    /** Worst first: lower score, then, within a segment, later in name order. */
    private static final Comparator<Match> WORST_FIRST = Comparator.comparingDouble(Match::score)
            .thenComparing(Comparator.comparingInt(Match::doc).reversed());

    @Override
    public Best newCollector() {
        return new Best();
    }

    @Override
    public List<ScoreDoc> reduce(Collection<Best> collectors) throws IOException {
        record Named(Match match, BytesRef name) {
        }
        List<Named> all = new ArrayList<>();
        for (Best best : collectors) {
            for (List<Match> leaf : best.leaves) {
                if (leaf.isEmpty()) {
                    continue;
                }
                SortedDocValues names = DocValues.getSorted(leaf.getFirst().leaf().reader(),
                        ServiceDocuments.NAME_SORT);
                for (Match m : leaf.stream().sorted(Comparator.comparingInt(Match::leafDoc)).toList()) {
                    all.add(new Named(m, names.advanceExact(m.leafDoc())
                            ? BytesRef.deepCopyOf(names.lookupOrd(names.ordValue())) : new BytesRef()));
                }
            }
        }
        return all.stream()
                .sorted(Comparator.comparingDouble((Named n) -> n.match().score()).reversed()
                        .thenComparing(Named::name).thenComparingInt(n -> n.match().doc()))
                .limit(wanted)
                .map(n -> new ScoreDoc(n.match().doc(), n.match().score()))
                .toList();
    }

    /** One search's best matches, segment by segment. */
    final class Best implements Collector {
        private final List<List<Match>> leaves = new ArrayList<>();
        /** The worst score of a full page from earlier segments: a tie may still win there on name. */
        private float pageFloor = Float.NEGATIVE_INFINITY;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            PriorityQueue<Match> queue = new PriorityQueue<>(Math.min(wanted, 1024) + 1, WORST_FIRST);
            List<Match> kept = new ArrayList<>();
            leaves.add(kept);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (pageFloor > 0) {
                        scorer.setMinCompetitiveScore(pageFloor);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    float score = scorer.score();
                    if (score < pageFloor) {
                        return;
                    }
                    if (queue.size() < wanted) {
                        queue.add(new Match(score, context.docBase + doc, doc, context));
                    } else if (score > queue.peek().score()) {
                        // Equal scores lose: this match comes after the page's last by name.
                        queue.poll();
                        queue.add(new Match(score, context.docBase + doc, doc, context));
                    } else {
                        return;
                    }
                    if (queue.size() == wanted) {
                        float floor = Math.max(Math.nextUp(queue.peek().score()), pageFloor);
                        scorer.setMinCompetitiveScore(floor);
                    }
                }

                @Override
                public void finish() {
                    kept.addAll(queue);
                    if (queue.size() == wanted) {
                        pageFloor = Math.max(pageFloor, queue.peek().score());
                    }
                }
            };
        }
    }

    /** The best matches of the query in the searcher, best first. */
    static List<ScoreDoc> of(IndexSearcher searcher, Query query, int wanted) throws IOException {
        return searcher.search(query, new BestMatches(wanted));
    }
}
