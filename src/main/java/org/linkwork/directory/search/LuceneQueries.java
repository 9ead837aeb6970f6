package org.linkwork.directory.search;

import static org.linkwork.directory.search.ServiceDocuments.ACCESSIBILITY;
import static org.linkwork.directory.search.ServiceDocuments.ALL;
import static org.linkwork.directory.search.ServiceDocuments.DAY;
import static org.linkwork.directory.search.ServiceDocuments.ELIGIBILITY;
import static org.linkwork.directory.search.ServiceDocuments.LOCATION;
import static org.linkwork.directory.search.ServiceDocuments.MAX_AGE;
import static org.linkwork.directory.search.ServiceDocuments.MINUTES_A_DAY;
import static org.linkwork.directory.search.ServiceDocuments.MIN_AGE;
import static org.linkwork.directory.search.ServiceDocuments.MIN_COST_PENCE;
import static org.linkwork.directory.search.ServiceDocuments.NAME;
import static org.linkwork.directory.search.ServiceDocuments.NEED;
import static org.linkwork.directory.search.ServiceDocuments.NEED_NAMES;
import static org.linkwork.directory.search.ServiceDocuments.ORGANIZATION;
import static org.linkwork.directory.search.ServiceDocuments.SESSION;
import static org.linkwork.directory.search.ServiceDocuments.VERIFIED;
import static org.linkwork.directory.search.ServiceDocuments.VERIFIED_VALUE;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.linkwork.directory.Facet;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.SearchQuery;

/**
 * Turns a {@link SearchQuery} into Lucene queries.
 *
 * <p>Ranking: BM25 on all the listing's words, with extra weight when the words are in its name
 * or its needs; plus, when a point is given, a distance decay (full weight at the point, half at
 * {@value #DISTANCE_PIVOT_KM} km). The whole score is then multiplied down for listings that are
 * temporarily closed, and far down for listings that may be out of date, so they come last
 * without being hidden (unless the query leaves a listing's standing to its caller).
 */
final class LuceneQueries {

    static final double DISTANCE_PIVOT_KM = 2.0;
    static final float DISTANCE_WEIGHT = 2.0f;
    static final float NAME_BOOST = 2.0f;
    static final float NEEDS_BOOST = 1.5f;
    static final float TEMPORARILY_CLOSED_FACTOR = 0.5f;
    static final float OUT_OF_DATE_FACTOR = 0.05f;

    private final QueryBuilder words;

    LuceneQueries(EnglishText english) {
        this.words = new QueryBuilder(english.query());
    }

    /**
     * What the text must match, on every word ({@code allWords}) or on any; empty when there is no
     * text or only words too common to search for.
     */
    Optional<Query> text(String text, boolean allWords) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(eachWord(ALL, text, allWords ? Occur.MUST : Occur.SHOULD));
    }

    /**
     * The words of a text in a field, each word by the operator, and a word's synonyms as one: a listing
     * scores for the best of the ways it says a word ("arthritis", "joint pain", "stiff joints"), not for
     * the sum of them. Besides not ranking a listing higher for repeating one idea, this keeps a
     * match's upper bound near what listings reach, so block-max skipping can pass over matches that
     * cannot make the page (a sum of two dozen synonyms' best scores let almost every match through).
     *
     * @return null when the text has no searchable word
     */
    private Query eachWord(String field, String text, Occur operator) {
        Query query = words.createBooleanQuery(field, text, operator);
        if (!(query instanceof BooleanQuery positions)) {
            return query;
        }
        BooleanQuery.Builder each = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                positions.getMinimumNumberShouldMatch());
        for (BooleanClause clause : positions.clauses()) {
            each.add(synonymsAsOne(clause.query()), clause.occur());
        }
        return each.build();
    }

    /** The ways of saying one word (a group of alternatives only) as the best of them. */
    private static Query synonymsAsOne(Query position) {
        if (position instanceof BooleanQuery alternatives && alternatives.getMinimumNumberShouldMatch() == 0
                && alternatives.clauses().size() > 1
                && alternatives.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
            return new DisjunctionMaxQuery(alternatives.clauses().stream().map(BooleanClause::query).toList(), 0f);
        }
        return position;
    }

    /** Whether a text has more than one searchable word, so that "any of the words" differs from "all". */
    static boolean hasSeveralWords(Query text) {
        return text instanceof BooleanQuery b && b.clauses().size() > 1;
    }

    /**
     * The filters of a query, keyed by facet where one facet's own selection is left out when
     * counting it ({@link Facet#NEEDS}, {@link Facet#DAYS}); other filters under other keys.
     */
    Map<String, Query> filters(SearchQuery q, Instant now) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!q.needs().isEmpty()) {
            filters.put(Facet.NEEDS, anyOf(NEED, q.needs()));
        }
        when(q).ifPresent(query -> filters.put(Facet.DAYS, query));
        if (q.near() != null && q.withinKm() != null) {
            filters.put("distance", LatLonPoint.newDistanceQuery(LOCATION, q.near().latitude(), q.near().longitude(),
                    q.withinKm() * 1000));
        }
        if (q.age() != null) {
            filters.put("age", new BooleanQuery.Builder()
                    .add(IntPoint.newRangeQuery(MIN_AGE, Integer.MIN_VALUE, q.age()), Occur.FILTER)
                    .add(IntPoint.newRangeQuery(MAX_AGE, q.age(), Integer.MAX_VALUE), Occur.FILTER)
                    .build());
        }
        if (q.freeOnly()) {
            filters.put(Facet.COST, new TermQuery(new Term(ServiceDocuments.COST, "free")));
        }
        if (q.maxCost() != null) {
            filters.put("max_cost", LongPoint.newRangeQuery(MIN_COST_PENCE, 0, ServiceDocuments.pence(q.maxCost())));
        }
        if (!q.accessibility().isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            q.accessibility().forEach(code -> all.add(new TermQuery(new Term(ACCESSIBILITY, code)), Occur.FILTER));
            filters.put(Facet.ACCESSIBILITY, all.build());
        }
        if (!q.eligibility().isEmpty()) {
            filters.put("eligibility", anyOf(ELIGIBILITY, q.eligibility()));
        }
        if (q.organizationId() != null) {
            filters.put("organization", new TermQuery(new Term(ORGANIZATION, q.organizationId())));
        }
        if (!q.includeOutOfDate()) {
            // Nearly every listing is fresh, so for a search whose words match few, checking those few
            // (doc values) costs less than listing every fresh one (points); Lucene picks per search.
            long freshFrom = outOfDateBefore(now) + 1;
            filters.put("fresh", new IndexOrDocValuesQuery(
                    LongPoint.newRangeQuery(VERIFIED, freshFrom, Long.MAX_VALUE),
                    NumericDocValuesField.newSlowRangeQuery(VERIFIED_VALUE, freshFrom, Long.MAX_VALUE)));
        }
        return filters;
    }

    /**
     * The ranked query: text (or everything), filters, nearness, and the demotion of closed and
     * stale listings.
     */
    Query ranked(SearchQuery q, Optional<Query> text, Map<String, Query> filters, Instant now) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
        if (text.isPresent()) {
            Query name = eachWord(NAME, q.text(), Occur.SHOULD);
            if (name != null) {
                query.add(new BoostQuery(name, NAME_BOOST), Occur.SHOULD);
            }
            Query needs = eachWord(NEED_NAMES, q.text(), Occur.SHOULD);
            if (needs != null) {
                query.add(new BoostQuery(needs, NEEDS_BOOST), Occur.SHOULD);
            }
        }
        if (q.near() != null) {
            query.add(LatLonPoint.newDistanceFeatureQuery(LOCATION, DISTANCE_WEIGHT, q.near().latitude(),
                    q.near().longitude(), DISTANCE_PIVOT_KM * 1000), Occur.SHOULD);
        }
        filters.values().forEach(f -> query.add(f, Occur.FILTER));
        if (!q.rankedByStanding()) {
            return query.build();
        }
        return new DemotedQuery(query.build(),
                new ListingStanding(outOfDateBefore(now), OUT_OF_DATE_FACTOR, TEMPORARILY_CLOSED_FACTOR));
    }

    /**
     * What the ranked query matches, without what only ranks: for counting the matches and their
     * facets in a pass that scores nothing.
     */
    static Query matching(Optional<Query> text, Map<String, Query> filters) {
        return leavingOut(null, text, filters);
    }

    /** For counting one facet: the text and every filter but that facet's own (all of them for null). */
    static Query leavingOut(String facet, Optional<Query> text, Map<String, Query> filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
        filters.forEach((key, filter) -> {
            if (!key.equals(facet)) {
                query.add(filter, Occur.FILTER);
            }
        });
        return query.build();
    }

    /** Listings last verified at or before this instant (epoch milliseconds) may be out of date. */
    static long outOfDateBefore(Instant now) {
        return now.minus(Freshness.OUT_OF_DATE_AFTER).toEpochMilli();
    }

    /**
     * Days alone: services running on any of them. With a time: a session on one of the days (any
     * day when none is chosen) that starts in the part of the day, or at or after
     * {@code startsFrom}, and ends by {@code endsBy}. Day and time must hold for the same session:
     * a service on Monday mornings and Tuesday evenings is not a Monday evening service.
     */
    static Optional<Query> when(SearchQuery q) {
        boolean timed = q.timeOfDay() != null || q.startsFrom() != null || q.endsBy() != null;
        if (!timed) {
            return q.days().isEmpty() ? Optional.empty() : Optional.of(anyOf(DAY,
                    q.days().stream().map(DayOfWeek::name).collect(java.util.stream.Collectors.toSet())));
        }
        int startsFrom = 0;
        int startsBefore = MINUTES_A_DAY;
        if (q.timeOfDay() != null) {
            startsFrom = ServiceDocuments.minutes(q.timeOfDay().from());
            startsBefore = q.timeOfDay().until() == null ? MINUTES_A_DAY : ServiceDocuments.minutes(q.timeOfDay().until());
        }
        if (q.startsFrom() != null) {
            startsFrom = Math.max(startsFrom, ServiceDocuments.minutes(q.startsFrom()));
        }
        int endsBy = q.endsBy() == null ? MINUTES_A_DAY - 1 : ServiceDocuments.minutes(q.endsBy());
        if (startsFrom >= startsBefore) {
            return Optional.of(new MatchNoDocsQuery("no minute of the day is in the chosen time"));
        }
        Set<DayOfWeek> days = q.days().isEmpty() ? EnumSet.allOf(DayOfWeek.class) : q.days();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (DayOfWeek day : days) {
            int base = ServiceDocuments.dayBase(day);
            any.add(IntPoint.newRangeQuery(SESSION,
                    new int[] {base + startsFrom, base},
                    new int[] {base + startsBefore - 1, base + endsBy}), Occur.SHOULD);
        }
        return Optional.of(any.build());
    }

    private static Query anyOf(String field, Set<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }
}
