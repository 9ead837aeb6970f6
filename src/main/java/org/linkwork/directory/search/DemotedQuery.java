package org.linkwork.directory.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The matches of a query, each scored as the query scores it times its listing's
 * {@link ListingStanding} (1, or less for a listing temporarily closed or out of date).
 *
 * <p>Why not Lucene's {@code FunctionScoreQuery}: a function of the score may raise it, so that
 * query cannot say how high a score can go, and every match has to be scored to find the best
 * ten. A standing never raises a score, so the query's own bound on its scores holds here too,
 * and a score the collector no longer needs ("at least s") is one the query need not reach
 * either: block-max WAND skips whole blocks of matches that cannot make the page.
 */
final class DemotedQuery extends Query {

    private final Query query;
    private final ListingStanding standing;

    DemotedQuery(Query query, ListingStanding standing) {
        this.query = query;
        this.standing = standing;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new DemotedQuery(rewritten, standing);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = query.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new DemotedScorer(supplier.get(leadCost), standing.getValues(context, null));
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation explanation = in.explain(context, doc);
                if (!explanation.isMatch()) {
                    return explanation;
                }
                DoubleValues values = standing.getValues(context, null);
                values.advanceExact(doc);
                double factor = values.doubleValue();
                return Explanation.match((float) (explanation.getValue().floatValue() * factor),
                        "product of:", explanation, Explanation.match(factor, standing.toString()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return in.isCacheable(context) && standing.isCacheable(context);
            }
        };
    }

    /** Scores of the query times the standing; the query's bounds hold because the standing is at most 1. */
    private static final class DemotedScorer extends FilterScorer {
        private final DoubleValues standing;

        DemotedScorer(Scorer in, DoubleValues standing) {
            super(in);
            this.standing = standing;
        }

        @Override
        public float score() throws IOException {
            // Worked out as FunctionScoreQuery.boostByValue did, so scores and ties are unchanged.
            double score = in.score();
            return standing.advanceExact(docID()) ? (float) (score * standing.doubleValue()) : (float) score;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // A match the query scores below minScore scores below it here too, once demoted.
            in.setMinCompetitiveScore(minScore);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "demoted(" + query.toString(field) + ", " + standing + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((DemotedQuery) other).query)
                && standing.equals(((DemotedQuery) other).standing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, standing);
    }
}
