package org.linkwork.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant known outside the code by a short code ("carried-out", "in-progress"): the code forms send,
 * the JSON API and FHIR show, and the database stores. Each enum keeps its own {@code fromCode}, which says
 * whether a code must be exact or may be typed loosely.
 */
public interface Coded {

    String code();

    /** The constant whose code is exactly {@code code}; empty for null or a code no constant has. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * As {@link #find}, but for codes people and API callers type: white space around the code and its
     * case do not matter.
     */
    static <E extends Enum<E> & Coded> Optional<E> findTyped(Class<E> type, String typed) {
        return typed == null ? Optional.empty() : find(type, typed.strip().toLowerCase(Locale.ROOT));
    }

    /** The code of a constant whose code follows its name: MOBILITY_OR_PAIN is "mobility-or-pain". */
    static String fromName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
