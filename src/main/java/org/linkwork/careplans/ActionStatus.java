package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/** Whether an action was done. */
public enum ActionStatus implements Coded {
    TO_DO("To do"),
    DONE("Done"),
    NOT_DONE("Not done");

    private final String label;

    ActionStatus(String label) {
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
    public static ActionStatus fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown action status " + code));
    }

    public static Optional<ActionStatus> fromCode(String code) {
        return Coded.find(ActionStatus.class, code);
    }
}
