package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/** Why a person left the link-worker service. */
public enum DischargeReason implements Coded {
    GOALS_MET("What they wanted to achieve is done"),
    DECLINED("They no longer want support"),
    COULD_NOT_CONTACT("Could not contact them"),
    MOVED_AWAY("Moved out of the area"),
    REFERRED_ELSEWHERE("Better supported by another service"),
    DIED("Died"),
    OTHER("Other");

    private final String label;

    DischargeReason(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    public static Optional<DischargeReason> fromCode(String code) {
        return Coded.findTyped(DischargeReason.class, code);
    }
}
