package org.linkwork.matching;

/**
 * A hard constraint that left out services which fit everything else; or two relaxable ones that did together
 * when neither did alone.
 *
 * @param otherwiseFitting how many services fit everything else but break this constraint (both, for two)
 * @param message          what it left out, in plain words: "2 services that fit everything else do not run in
 *                         the morning"
 * @param wouldFitIf       for a relaxable constraint, what would have to change, as a heading for its near misses
 *                         ("Would fit if they could go at another time of day"); null for a need
 * @param alsoConstraint   the second of two constraints that left those services out only together (after
 *                         {@code constraint} in the order of {@link HardConstraint}); null for one constraint
 */
public record UnmetConstraint(HardConstraint constraint, int otherwiseFitting, String message, String wouldFitIf,
        HardConstraint alsoConstraint) {

    /** One constraint that left out services on its own. */
    public UnmetConstraint(HardConstraint constraint, int otherwiseFitting, String message, String wouldFitIf) {
        this(constraint, otherwiseFitting, message, wouldFitIf, null);
    }

    /** Whether two constraints left the services out together. */
    public boolean together() {
        return alsoConstraint != null;
    }
}
