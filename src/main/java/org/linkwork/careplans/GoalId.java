package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a goal: the same goal keeps it from version to version, so its progress can be followed.
 */
public record GoalId(UUID value) {

    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }

    @JsonCreator
    public static GoalId of(String text) {
        return new GoalId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
