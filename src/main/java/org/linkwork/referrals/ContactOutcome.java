package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/** What came of a contact. Speaking or meeting with the person makes an allocated referral active. */
public enum ContactOutcome implements Coded {
    SPOKE("Spoke with them"),
    MET("Met them"),
    NO_ANSWER("No answer"),
    LEFT_MESSAGE("Left a message"),
    OTHER("Other");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    public boolean reachedThePerson() {
        return this == SPOKE || this == MET;
    }

    public static Optional<ContactOutcome> fromCode(String code) {
        return Coded.findTyped(ContactOutcome.class, code);
    }
}
