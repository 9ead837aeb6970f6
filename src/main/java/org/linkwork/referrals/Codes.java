package org.linkwork.referrals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads the codes the JSON API and the database use for the module's enums ("social-care"). */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> code, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> code.apply(e).equals(wanted)).findFirst();
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
