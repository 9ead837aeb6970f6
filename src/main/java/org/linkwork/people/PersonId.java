package org.linkwork.people;

import com.fasterxml.jackson.annotation.JsonValue;
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

    /** As text, which is also its JSON form. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
