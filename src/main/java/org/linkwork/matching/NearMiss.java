package org.linkwork.matching;

/**
 * A service that would fit but for one hard constraint, or, when no service would fit but for one, but for two
 * together: it meets every other constraint given, and is scored, with reasons and cautions, as it would be without
 * the one or two it breaks. Never among the suggestions proper.
 *
 * @param suggestion the service as it would be suggested without the constraints it breaks
 * @param breaks     the constraint it breaks (the first of the two, in the order of {@link HardConstraint}); always
 *                   a {@linkplain HardConstraint#relaxable() relaxable} one
 * @param detail     how, in plain words: "Runs Thursday afternoon - you said mornings"
 * @param alsoBreaks the second constraint it breaks, also relaxable; null when it breaks only one
 * @param alsoDetail how it breaks the second; null when it breaks only one
 */
public record NearMiss(Suggestion suggestion, HardConstraint breaks, String detail, HardConstraint alsoBreaks,
        String alsoDetail) {

    /** A service that breaks one constraint only. */
    public NearMiss(Suggestion suggestion, HardConstraint breaks, String detail) {
        this(suggestion, breaks, detail, null, null);
    }

    /** Whether it breaks two constraints, which left out everything only together. */
    public boolean breaksTwo() {
        return alsoBreaks != null;
    }
}
