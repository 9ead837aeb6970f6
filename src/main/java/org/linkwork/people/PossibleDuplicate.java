package org.linkwork.people;

/**
 * Another record that may be the same person, and why it looks so ("same NHS number", "same date
 * of birth, similar name and postcode").
 */
public record PossibleDuplicate(PersonId personId, PersonId otherId, String reason) {
}
