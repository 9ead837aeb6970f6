package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/** Where a goal stands. */
public enum GoalStatus implements Coded {
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
        return Coded.fromName(this);
    }

    @JsonCreator
    public static GoalStatus fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown goal status " + code));
    }

    public static Optional<GoalStatus> fromCode(String code) {
        return Coded.find(GoalStatus.class, code);
    }
}
