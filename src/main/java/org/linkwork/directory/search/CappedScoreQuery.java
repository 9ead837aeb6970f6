package org.linkwork.directory.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
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
 * A query that scores as another does, and tells block-max WAND that its scores stay at or below a cap known
 * from outside: the nearness of a listing known to be at least some distance away, whose own query can only say
 * "at most the full weight" (its matches are in name order, not by place, so it has no tighter bound per block).
 * Only for where the cap holds for every match it is asked to score; the scores themselves are never changed.
 */
final class CappedScoreQuery extends Query {

    private final Query query;
    private final float cap;

    CappedScoreQuery(Query query, float cap) {
        this.query = query;
        this.cap = cap;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new CappedScoreQuery(rewritten, cap);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = query.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        float boostedCap = cap * boost;
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
                        return new CappedScorer(supplier.get(leadCost), boostedCap);
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
        };
    }

    private static final class CappedScorer extends FilterScorer {
        private final float cap;

        CappedScorer(Scorer in, float cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return Math.min(cap, in.getMaxScore(upTo));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "capped(" + query.toString(field) + ", " + cap + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((CappedScoreQuery) other).query)
                && cap == ((CappedScoreQuery) other).cap;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, cap);
    }
}
