package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/** How a link worker was in touch with a person. */
public enum ContactKind implements Coded {
    CALL("Phone call"),
    VISIT("Visit or meeting"),
    MESSAGE("Message (text, email or letter)");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    public String label() {
        return label;
    }

    public static Optional<ContactKind> fromCode(String code) {
        return Coded.findTyped(ContactKind.class, code);
    }
}
