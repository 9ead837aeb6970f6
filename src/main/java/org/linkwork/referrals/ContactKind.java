package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a link worker was in touch with a person. */
public enum ContactKind {
    CALL("Phone call"),
    VISIT("Visit or meeting"),
    MESSAGE("Message (text, email or letter)");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    public String label() {
        return label;
    }

    public static Optional<ContactKind> fromCode(String code) {
        return Codes.find(ContactKind.class, ContactKind::code, code);
    }
}
