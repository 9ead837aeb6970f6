package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * Why an onward referral was rejected, cancelled, put on hold or failed.
 */
public enum ReasonCode implements Coded {
    NO_CAPACITY("No capacity"),
    NOT_ELIGIBLE("Not eligible"),
    COULD_NOT_CONTACT("Could not contact the person"),
    PERSON_DECLINED("The person declined"),
    OTHER("Other");

    private final String label;

    ReasonCode(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    public static Optional<ReasonCode> fromCode(String code) {
        return Coded.findTyped(ReasonCode.class, code);
    }
}
