package org.linkwork.directory.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * How much a listing's standing counts against it in the ranking: a factor for one temporarily
 * closed, and another for one not verified since {@code outOfDateBefore}; never more than 1, which
 * {@link DemotedQuery} relies on to skip matches. Read from doc values, match by match, because it
 * is worked out for every match that is scored: two sequential doc-value reads cost far less than
 * running a query per match.
 */
final class ListingStanding extends DoubleValuesSource {

    private final long outOfDateBefore;
    private final double outOfDateFactor;
    private final double closedFactor;

    ListingStanding(long outOfDateBefore, double outOfDateFactor, double closedFactor) {
        if (!(outOfDateFactor >= 0 && outOfDateFactor <= 1 && closedFactor >= 0 && closedFactor <= 1)) {
            throw new IllegalArgumentException("A standing demotes, so its factors are from 0 to 1");
        }
        this.outOfDateBefore = outOfDateBefore;
        this.outOfDateFactor = outOfDateFactor;
        this.closedFactor = closedFactor;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        NumericDocValues verified = DocValues.getNumeric(context.reader(), ServiceDocuments.VERIFIED_VALUE);
        NumericDocValues closed = DocValues.getNumeric(context.reader(), ServiceDocuments.CLOSED_VALUE);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double factor = 1;
                if (verified.advanceExact(doc) && verified.longValue() <= outOfDateBefore) {
                    factor *= outOfDateFactor;
                }
                if (closed.advanceExact(doc) && closed.longValue() == 1) {
                    factor *= closedFactor;
                }
                value = factor;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return DocValues.isCacheable(context, ServiceDocuments.VERIFIED_VALUE, ServiceDocuments.CLOSED_VALUE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListingStanding s && s.outOfDateBefore == outOfDateBefore
                && s.outOfDateFactor == outOfDateFactor && s.closedFactor == closedFactor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outOfDateBefore, outOfDateFactor, closedFactor);
    }

    @Override
    public String toString() {
        return "standing(outOfDateBefore=" + outOfDateBefore + ")";
    }
}
