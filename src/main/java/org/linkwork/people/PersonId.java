package org.linkwork.people;

import java.util.UUID;

/**
 * The id of a person's record.
 */
public record PersonId(UUID value) {

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
