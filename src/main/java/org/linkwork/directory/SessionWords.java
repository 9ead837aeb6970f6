package org.linkwork.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sessions a schedule says only in words, as many listings do: "Mondays 1.30pm to 2.30pm", "Wednesday
 * afternoons", "Monday to Friday, 9am to 5pm", "first Tuesday of the month, 7pm", "weekdays". Each group of days
 * takes the time said after it (or, failing that, before it); a part of the day said without a time stands for its
 * usual start. Words that give no day ("various times", "agreed with your volunteer") give no session, so the
 * listing's times stay unknown rather than guessed.
 */
final class SessionWords {

    private static final String DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?"
            + "|thu(?:rs?)?|fri|sat|sun)";
    private static final String FULL_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    /** A range ("Monday to Friday", "Mon-Fri"), every weekday or weekend, every day, or one day said in full. */
    private static final Pattern DAYS = Pattern.compile("\\b" + DAY + "s?\\s*(?:-|to|till|until|through)\\s*" + DAY
            + "s?\\b|\\bweek\\s?days?\\b|\\bweekends?\\b|\\bdaily\\b|\\bevery day\\b|\\b7 days a week\\b|\\b" + FULL_DAY
            + "s?\\b");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*(am|pm)\\b"
            + "|\\b(\\d{1,2})[.:](\\d{2})\\b|\\b(noon|midday)\\b|\\b(morning|afternoon|evening|night)s?\\b");
    private static final Pattern MONTHLY = Pattern.compile("\\bmonthly\\b|\\bof (?:the|each|every) month\\b"
            + "|\\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+" + FULL_DAY + "\\b");

    private SessionWords() {
    }

    static List<Schedule.Session> read(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        String text = words.toLowerCase(Locale.UK).replace('\u2013', '-').replace('\u2014', '-');
        List<Found<Set<DayOfWeek>>> dayGroups = new ArrayList<>();
        Matcher d = DAYS.matcher(text);
        while (d.find()) {
            dayGroups.add(new Found<>(d.start(), days(d)));
        }
        if (dayGroups.isEmpty()) {
            return List.of();
        }
        List<Found<LocalTime>> times = new ArrayList<>();
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            times.add(new Found<>(t.start(), time(t)));
        }
        boolean monthly = MONTHLY.matcher(text).find();
        List<Schedule.Session> sessions = new ArrayList<>();
        for (int i = 0; i < dayGroups.size(); i++) {
            Found<Set<DayOfWeek>> group = dayGroups.get(i);
            int next = i + 1 < dayGroups.size() ? dayGroups.get(i + 1).at() : text.length();
            LocalTime opens = times.stream().filter(f -> f.at() > group.at() && f.at() < next).map(Found::value)
                    .findFirst().orElseGet(() -> times.stream().filter(f -> f.at() < group.at()).map(Found::value)
                            .reduce((first, second) -> second).orElse(null));
            for (DayOfWeek day : group.value()) {
                if (sessions.stream().noneMatch(s -> s.day() == day)) {
                    sessions.add(new Schedule.Session(day, opens, null, monthly));
                }
            }
        }
        return sessions;
    }

    private static Set<DayOfWeek> days(Matcher m) {
        String said = m.group();
        if (m.group(1) != null) {
            return Schedule.daysThrough(day(m.group(1)), day(m.group(2)));
        }
        if (m.group(3) != null) {
            return EnumSet.of(day(m.group(3)));
        }
        if (said.startsWith("week") && !said.startsWith("weekend")) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        if (said.startsWith("weekend")) {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        return EnumSet.allOf(DayOfWeek.class);
    }

    private static DayOfWeek day(String said) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(said.substring(0, 3))) {
                return day;
            }
        }
        throw new IllegalArgumentException(said);
    }

    private static LocalTime time(Matcher m) {
        if (m.group(1) != null) {
            int hour = Integer.parseInt(m.group(1)) % 12 + ("pm".equals(m.group(3)) ? 12 : 0);
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
        }
        if (m.group(4) != null) {
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
        }
        if (m.group(6) != null) {
            return LocalTime.NOON;
        }
        return switch (m.group(7)) {
            case "morning" -> LocalTime.of(10, 0);
            case "afternoon" -> LocalTime.of(14, 0);
            default -> LocalTime.of(19, 0);
        };
    }

    private record Found<T>(int at, T value) {
    }
}
