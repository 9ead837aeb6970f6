package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The id of a person's care and support plan.
 */
public record CarePlanId(UUID value) {

    public static CarePlanId random() {
        return new CarePlanId(UUID.randomUUID());
    }

    public static CarePlanId of(String text) {
        return new CarePlanId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
