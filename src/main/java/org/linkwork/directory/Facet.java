package org.linkwork.directory;

import java.util.List;

/**
 * How the results of a search spread over the values of one facet, such as needs.
 *
 * <p>For {@link #NEEDS} and {@link #DAYS}, where choosing several values widens a search, the
 * counts leave out the facet's own selection: each is how many results there would be with that
 * value chosen (alone). For the others, where a choice narrows the search, they count the current
 * results.
 *
 * @param name   {@link #NEEDS}, {@link #ACCESSIBILITY}, {@link #DAYS}, {@link #COST} or {@link #WARD}
 * @param values values with at least one service, most frequent first
 */
public record Facet(String name, List<Value> values) {

    /** Needs taxonomy codes; a service counts under each of its needs and the broader needs above them. */
    public static final String NEEDS = "needs";
    /** Accessibility taxonomy codes. */
    public static final String ACCESSIBILITY = "accessibility";
    /** Days of the week, as {@link java.time.DayOfWeek} names. */
    public static final String DAYS = "days";
    /** "free" or "paid". */
    public static final String COST = "cost";
    /** ONS codes of the wards the service's locations are in. */
    public static final String WARD = "ward";

    public Facet {
        values = List.copyOf(values);
    }

    public long count(String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(Value::count).findFirst().orElse(0);
    }

    /**
     * @param value the code searched on
     * @param label its name for people
     */
    public record Value(String value, String label, long count) {
    }
}
