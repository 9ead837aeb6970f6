package org.linkwork.careplans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * What may get in the way of the person taking part, asked about in the "what matters to me" conversation.
 */
public enum Barrier implements Coded {
    TRANSPORT("Transport", "Getting there"),
    COST("Cost", "Money for fees, travel or equipment"),
    MOBILITY_OR_PAIN("Mobility or pain", "Moving about, pain or tiredness"),
    CONFIDENCE_OR_ANXIETY("Confidence or anxiety", "Feeling nervous or low in confidence"),
    CARING_RESPONSIBILITIES("Caring responsibilities", "Looking after someone else"),
    LANGUAGE("Language", "English as a second language, or needing an interpreter"),
    DIGITAL_ACCESS("Digital access", "No device, no internet or not confident online"),
    TIME_OF_DAY("Time of day", "Times that do not suit, such as work or appointments");

    private final String label;
    private final String hint;

    Barrier(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** "mobility-or-pain": in forms and JSON. */
    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }

    @JsonCreator
    public static Barrier fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown barrier " + code));
    }

    public static Optional<Barrier> fromCode(String code) {
        return Coded.find(Barrier.class, code);
    }
}
