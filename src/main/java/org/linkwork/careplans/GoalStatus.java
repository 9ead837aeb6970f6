package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a goal stands. */
public enum GoalStatus {
    WORKING_ON_IT("Working on it"),
    ACHIEVED("Achieved"),
    ON_HOLD("On hold"),
    NO_LONGER_WANTED("No longer wanted");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static GoalStatus fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown goal status " + code));
    }

    public static Optional<GoalStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
