package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of an action: the same action keeps it from version to version.
 */
public record ActionId(UUID value) {

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActionId of(String text) {
        return new ActionId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
