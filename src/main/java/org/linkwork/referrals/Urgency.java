package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * How soon the link-worker team should make contact. Social prescribing is not an emergency service:
 * "soon" moves a referral up the triage queue, nothing more.
 */
public enum Urgency implements Coded {
    ROUTINE("Routine"),
    SOON("Soon");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    public static Optional<Urgency> fromCode(String code) {
        return Coded.findTyped(Urgency.class, code);
    }
}
