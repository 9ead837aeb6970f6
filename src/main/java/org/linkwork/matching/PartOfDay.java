package org.linkwork.matching;

import java.time.LocalTime;
import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * Parts of the day, by when a session starts: morning before midday, afternoon to 5pm, evening after.
 */
public enum PartOfDay implements Coded {
    MORNING("morning", LocalTime.MIDNIGHT, LocalTime.NOON),
    AFTERNOON("afternoon", LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING("evening", LocalTime.of(17, 0), LocalTime.MAX);

    private final String code;
    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(String code, LocalTime from, LocalTime until) {
        this.code = code;
        this.from = from;
        this.until = until;
    }

    public String code() {
        return code;
    }

    public boolean contains(LocalTime start) {
        return !start.isBefore(from) && (this == EVENING || start.isBefore(until));
    }

    public static PartOfDay of(LocalTime start) {
        return start.isBefore(LocalTime.NOON) ? MORNING : start.isBefore(LocalTime.of(17, 0)) ? AFTERNOON : EVENING;
    }

    public static Optional<PartOfDay> fromCode(String code) {
        return Coded.findTyped(PartOfDay.class, code);
    }
}
