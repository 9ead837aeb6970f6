package org.linkwork.matching;

/**
 * A service that would fit but for one hard constraint: it meets every other constraint given, and is
 * scored, with reasons and cautions, as it would be without that one. Never among the suggestions proper.
 *
 * @param suggestion the service as it would be suggested without the constraint it breaks
 * @param breaks     the one constraint it breaks; always a {@linkplain HardConstraint#relaxable() relaxable} one
 * @param detail     how, in plain words: "Runs Thursday afternoon - you said mornings"
 */
public record NearMiss(Suggestion suggestion, HardConstraint breaks, String detail) {
}
