package org.linkwork.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.linkwork.place.GeoPoint;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * What someone is looking for. Every part is optional; the parts that are given must all hold,
 * except where one part lists several values, as said below.
 *
 * @param text             words, matched with English stemming and the directory's synonyms
 *                         ("arthritis" also finds "joint pain")
 * @param needs            needs taxonomy codes; a service with any of them, or with a narrower
 *                         term under one of them, matches
 * @param near             where the person is; results are ranked nearer first
 * @param withinKm         only services with a location this close to {@code near}
 * @param days             services that run on any of these days
 * @param timeOfDay        services with a session starting in that part of the day (on one of
 *                         {@code days}, when given)
 * @param startsFrom       services with a session starting at or after this time
 * @param endsBy           services with a session ending by this time
 * @param age              services whose minimum and maximum age allow this age
 * @param freeOnly         only free services
 * @param maxCost          only services whose cheapest option costs no more than this, in pounds
 * @param accessibility    accessibility taxonomy codes; a service must have all of them
 * @param eligibility      eligibility taxonomy codes; a service with any of them matches
 * @param organizationId   only this organisation's services
 * @param includeOutOfDate also listings not verified for twelve months (they are ranked last);
 *                         without it they are left out
 * @param rankedByStanding rank listings temporarily closed or out of date below the rest (the
 *                         default); without it they rank by their words and nearness alone, for
 *                         callers that weigh a listing's standing themselves, such as suggestions,
 *                         whose first pass would otherwise never see a stale listing among a hundred
 *                         fresh ones that say one of many words
 * @param anyWord          match listings with any word of the text, ranked by how many and how
 *                         well, rather than only those with every word (for callers that send many
 *                         words at once, such as suggestions)
 * @param page             1 for the first page
 * @param pageSize         hits a page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, Set<String> needs, GeoPoint near, Double withinKm, Set<DayOfWeek> days,
        TimeOfDay timeOfDay, LocalTime startsFrom, LocalTime endsBy, Integer age, boolean freeOnly,
        BigDecimal maxCost, Set<String> accessibility, Set<String> eligibility, String organizationId,
        boolean includeOutOfDate, boolean rankedByStanding, boolean anyWord, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;
    /** Deep paging costs memory for every page before it; nobody reads result 10,001. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        needs = codes(needs);
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        accessibility = codes(accessibility);
        eligibility = codes(eligibility);
        organizationId = organizationId == null || organizationId.isBlank() ? null : organizationId;
        List<FieldProblem> problems = new ArrayList<>();
        if (withinKm != null && (near == null || !(withinKm > 0) || withinKm > 1000)) {
            problems.add(new FieldProblem("within_km", near == null
                    ? "Say where to measure the distance from"
                    : "Distance must be more than 0 and at most 1,000 km"));
        }
        if (age != null && (age < 0 || age > 130)) {
            problems.add(new FieldProblem("age", "Age must be between 0 and 130"));
        }
        if (maxCost != null && maxCost.signum() < 0) {
            problems.add(new FieldProblem("max_cost", "The most you want to pay cannot be less than zero"));
        }
        if (startsFrom != null && endsBy != null && !endsBy.isAfter(startsFrom)) {
            problems.add(new FieldProblem("ends_by", "The end time must be after the start time"));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("page_size", "Page size must be between 1 and " + MAX_PAGE_SIZE));
        } else if (page < 1 || (long) page * pageSize > MAX_RESULT_WINDOW) {
            problems.add(new FieldProblem("page", "Page must be between 1 and " + MAX_RESULT_WINDOW / pageSize));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every active service, first page. */
    public static SearchQuery everything() {
        return builder().build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text;
        b.needs.addAll(needs);
        b.near = near;
        b.withinKm = withinKm;
        b.days.addAll(days);
        b.timeOfDay = timeOfDay;
        b.startsFrom = startsFrom;
        b.endsBy = endsBy;
        b.age = age;
        b.freeOnly = freeOnly;
        b.maxCost = maxCost;
        b.accessibility.addAll(accessibility);
        b.eligibility.addAll(eligibility);
        b.organizationId = organizationId;
        b.includeOutOfDate = includeOutOfDate;
        b.rankedByStanding = rankedByStanding;
        b.anyWord = anyWord;
        b.page = page;
        b.pageSize = pageSize;
        return b;
    }

    private static Set<String> codes(Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        return codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Parts of the day, by when a session starts. */
    public enum TimeOfDay {
        MORNING(LocalTime.MIDNIGHT, LocalTime.NOON, "Morning (before midday)"),
        AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0), "Afternoon (midday to 5pm)"),
        EVENING(LocalTime.of(17, 0), null, "Evening (5pm or later)");

        private final LocalTime from;
        private final LocalTime until;
        private final String label;

        TimeOfDay(LocalTime from, LocalTime until, String label) {
            this.from = from;
            this.until = until;
            this.label = label;
        }

        /** The first minute of the day in this part. */
        public LocalTime from() {
            return from;
        }

        /** The first minute after this part, or null for the evening, which runs to midnight. */
        public LocalTime until() {
            return until;
        }

        public String label() {
            return label;
        }
    }

    /** Builds a query a part at a time; {@link #build()} checks it. */
    public static final class Builder {
        private String text;
        private final Set<String> needs = new LinkedHashSet<>();
        private GeoPoint near;
        private Double withinKm;
        private final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        private TimeOfDay timeOfDay;
        private LocalTime startsFrom;
        private LocalTime endsBy;
        private Integer age;
        private boolean freeOnly;
        private BigDecimal maxCost;
        private final Set<String> accessibility = new LinkedHashSet<>();
        private final Set<String> eligibility = new LinkedHashSet<>();
        private String organizationId;
        private boolean includeOutOfDate = true;
        private boolean rankedByStanding = true;
        private boolean anyWord;
        private int page = 1;
        private int pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder needs(String... codes) {
            needs.addAll(Arrays.asList(codes));
            return this;
        }

        public Builder needs(Iterable<String> codes) {
            codes.forEach(needs::add);
            return this;
        }

        public Builder near(GeoPoint point) {
            this.near = point;
            return this;
        }

        public Builder near(GeoPoint point, Double withinKm) {
            this.near = point;
            this.withinKm = withinKm;
            return this;
        }

        public Builder days(DayOfWeek... days) {
            this.days.addAll(Arrays.asList(days));
            return this;
        }

        public Builder days(Iterable<DayOfWeek> days) {
            days.forEach(this.days::add);
            return this;
        }

        public Builder timeOfDay(TimeOfDay timeOfDay) {
            this.timeOfDay = timeOfDay;
            return this;
        }

        public Builder between(LocalTime startsFrom, LocalTime endsBy) {
            this.startsFrom = startsFrom;
            this.endsBy = endsBy;
            return this;
        }

        public Builder age(Integer age) {
            this.age = age;
            return this;
        }

        public Builder freeOnly(boolean freeOnly) {
            this.freeOnly = freeOnly;
            return this;
        }

        public Builder maxCost(BigDecimal pounds) {
            this.maxCost = pounds;
            return this;
        }

        public Builder accessibility(String... codes) {
            accessibility.addAll(Arrays.asList(codes));
            return this;
        }

        public Builder accessibility(Iterable<String> codes) {
            codes.forEach(accessibility::add);
            return this;
        }

        public Builder eligibility(String... codes) {
            eligibility.addAll(Arrays.asList(codes));
            return this;
        }

        public Builder organization(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder includeOutOfDate(boolean include) {
            this.includeOutOfDate = include;
            return this;
        }

        public Builder rankedByStanding(boolean ranked) {
            this.rankedByStanding = ranked;
            return this;
        }

        public Builder anyWord(boolean anyWord) {
            this.anyWord = anyWord;
            return this;
        }

        public Builder page(int page, int pageSize) {
            this.page = page;
            this.pageSize = pageSize;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, needs, near, withinKm, days, timeOfDay, startsFrom, endsBy, age, freeOnly,
                    maxCost, accessibility, eligibility, organizationId, includeOutOfDate, rankedByStanding, anyWord,
                    page, pageSize);
        }
    }
}
