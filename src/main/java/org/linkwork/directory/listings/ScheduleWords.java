package org.linkwork.directory.listings;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When a service runs, in the words people use: "Tuesdays and Thursdays, 10am to 11:30am",
 * "Second Wednesday of the month, 2pm to 4pm", "Monday to Friday, 9am to 4pm".
 */
public final class ScheduleWords {

    /** The weekday codes of ORUK schedules (iCalendar BYDAY), Monday first. */
    public static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private static final Map<String, String> DAY_NAMES = Map.of("MO", "Monday", "TU", "Tuesday", "WE", "Wednesday",
            "TH", "Thursday", "FR", "Friday", "SA", "Saturday", "SU", "Sunday");
    private static final List<String> ORDINALS = List.of("Last", "First", "Second", "Third", "Fourth", "Fifth");

    private ScheduleWords() {
    }

    public static String dayName(String code) {
        return DAY_NAMES.getOrDefault(code, code);
    }

    /**
     * @param byday   weekly days ("TU,TH") or, monthly, a weekday with its week ("2WE", "-1FR")
     * @param monthly whether the schedule repeats monthly
     */
    public static String describe(String byday, LocalTime opens, LocalTime closes, boolean monthly) {
        String hours = opens == null ? "" : closes == null ? ", from " + clock(opens) : ", " + clock(opens) + " to " + clock(closes);
        if (byday == null || byday.isBlank()) {
            return hours.isEmpty() ? "" : hours.substring(2);
        }
        if ("MO,TU,WE,TH,FR".equals(byday)) {
            return "Monday to Friday" + hours;
        }
        if (monthly) {
            return Stream.of(byday.split(",")).map(ScheduleWords::monthlyDay).collect(Collectors.joining(" and "))
                    + " of the month" + hours;
        }
        return Stream.of(byday.split(",")).map(d -> dayName(d) + "s").collect(Collectors.joining(" and ")) + hours;
    }

    /** A time as people say it: 10am, 1:30pm, midday. */
    public static String clock(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : ":" + String.format("%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    private static String monthlyDay(String code) {
        String day = code.replaceAll("^-?\\d", "");
        String week = code.substring(0, code.length() - day.length());
        int n = week.isEmpty() ? 0 : Integer.parseInt(week);
        String ordinal = n == -1 ? ORDINALS.getFirst() : n >= 1 && n <= 5 ? ORDINALS.get(n) : "Every";
        return ordinal + " " + dayName(day);
    }
}
