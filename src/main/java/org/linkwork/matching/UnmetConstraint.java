package org.linkwork.matching;

/**
 * A hard constraint that left out services which fit everything else given.
 *
 * @param otherwiseFitting how many services fit everything else but break this constraint
 * @param message          what it left out, in plain words: "2 services that fit everything else do not run in
 *                         the morning"
 * @param wouldFitIf       for a relaxable constraint, what would have to change, as a heading for its near misses
 *                         ("Would fit if they could go at another time of day"); null for a need
 */
public record UnmetConstraint(HardConstraint constraint, int otherwiseFitting, String message, String wouldFitIf) {
}
