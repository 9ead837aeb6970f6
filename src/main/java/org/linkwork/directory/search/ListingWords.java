package org.linkwork.directory.search;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;

/**
 * A listing's times, costs and ages in plain English, as the NHS.UK content style writes them:
 * "Tuesdays 10am to 11am", "First Monday of the month 2pm to 4pm", "£3 a session", "Free".
 */
public final class ListingWords {

    private static final List<String> ORDINALS = List.of("", "First", "Second", "Third", "Fourth", "Fifth");

    private ListingWords() {
    }

    /** Every schedule of the service and of its locations that has not ended, one line each. */
    public static List<String> when(Service service, LocalDate today) {
        return schedules(service).filter(s -> s.validTo() == null || !s.validTo().isBefore(today))
                .map(ListingWords::when).flatMap(Optional::stream).distinct().toList();
    }

    /** The service's own schedules, then those particular to each of its locations. */
    static Stream<Schedule> schedules(Service service) {
        return Stream.concat(service.schedules().stream(),
                service.serviceAtLocations().stream().flatMap(sal -> sal.schedules().stream()));
    }

    /** One schedule in words, or empty when it says nothing a person could use. */
    public static Optional<String> when(Schedule schedule) {
        String days = days(schedule);
        String times = times(schedule.opensAt(), schedule.closesAt());
        String text = Stream.of(days, times).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        if (text.isEmpty()) {
            return Optional.ofNullable(blankToNull(schedule.description()));
        }
        return Optional.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    /** The weekdays a schedule runs on; a monthly "1TU" runs on Tuesdays. */
    public static Set<DayOfWeek> daysOf(Schedule schedule) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (schedule.byday() == null) {
            return days;
        }
        for (String rule : schedule.byday().split(",")) {
            Schedule.dayOfRule(rule).ifPresent(days::add);
        }
        return days;
    }

    /** "10am to 11am", "10:30am", "midday to 2pm", or empty. */
    public static String times(LocalTime opens, LocalTime closes) {
        if (opens == null) {
            return closes == null ? "" : "until " + time(closes);
        }
        return closes == null ? "from " + time(opens) : time(opens) + " to " + time(closes);
    }

    public static String time(LocalTime t) {
        if (t.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (t.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(":%02d", t.getMinute());
        return hour + minutes + (t.getHour() < 12 ? "am" : "pm");
    }

    /** What the service costs in a few words, or empty when it does not say. */
    public static Optional<String> cost(Service service) {
        List<CostOption> options = service.costOptions();
        if (options.isEmpty()) {
            String fees = blankToNull(service.fees());
            return Optional.of(fees == null ? "Free" : fees);
        }
        if (service.isFree()) {
            return Optional.of("Free");
        }
        List<CostOption> priced = options.stream().filter(o -> o.amount() != null && o.amount().signum() > 0)
                .sorted(Comparator.comparing(CostOption::amount)).toList();
        if (priced.isEmpty()) {
            return options.stream().map(o -> blankToNull(o.option())).filter(o -> o != null).findFirst()
                    .or(() -> Optional.ofNullable(blankToNull(service.fees())));
        }
        String cheapest = cost(priced.getFirst());
        if (options.stream().anyMatch(CostOption::isFree)) {
            return Optional.of("Free or " + cheapest);
        }
        boolean varies = priced.stream().map(CostOption::amount).distinct().count() > 1;
        return Optional.of(varies ? "From " + cheapest : cheapest);
    }

    /** Each cost option on its own line: "£3 a session", "Free for carers". */
    public static List<String> costs(Service service) {
        if (service.costOptions().isEmpty()) {
            return cost(service).stream().toList();
        }
        return service.costOptions().stream().map(o -> o.amount() == null || o.amount().signum() == 0
                        ? Optional.ofNullable(blankToNull(o.option())).orElse("Free")
                        : cost(o))
                .distinct().toList();
    }

    /** "£3 a session", "£12.50 a month", or "£5 (Annual membership)" when the period is not plain. */
    static String cost(CostOption option) {
        String price = pounds(option.amount());
        String per = Optional.ofNullable(blankToNull(option.amountDescription())).orElse(option.option());
        String lower = per == null ? "" : per.toLowerCase(Locale.UK);
        for (String period : List.of("session", "class", "week", "month", "year", "visit", "term", "course", "hour", "day")) {
            if (lower.matches(".*\\b(per|a|each|every)\\s+" + period + "\\b.*") || lower.equals(period)) {
                return price + " a " + period;
            }
        }
        if (lower.contains("annual") || lower.contains("yearly")) {
            return price + " a year";
        }
        if (lower.contains("monthly")) {
            return price + " a month";
        }
        if (lower.contains("weekly")) {
            return price + " a week";
        }
        return per == null || per.isBlank() ? price : price + " (" + per.strip() + ")";
    }

    /** £3, £3.50, £1,200 */
    public static String pounds(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return String.format(Locale.UK, "£%,d", plain.toBigInteger());
        }
        return String.format(Locale.UK, "£%,.2f", amount);
    }

    /** "All ages", "Ages 18 and over", "Ages 11 to 18", "Up to age 16". */
    public static String ages(Integer minimum, Integer maximum) {
        if (minimum == null || minimum == 0) {
            return maximum == null ? "All ages" : "Up to age " + maximum;
        }
        return maximum == null ? "Ages " + minimum + " and over" : "Ages " + minimum + " to " + maximum;
    }

    private static String days(Schedule schedule) {
        List<String> rules = schedule.byday() == null || schedule.byday().isBlank() ? List.of()
                : List.of(schedule.byday().split(","));
        boolean monthly = "MONTHLY".equals(schedule.freq());
        if (monthly && rules.isEmpty() && schedule.bymonthday() != null && !schedule.bymonthday().isBlank()) {
            List<String> dates = List.of(schedule.bymonthday().split(",")).stream().map(String::strip)
                    .map(ListingWords::dayOfMonth).toList();
            return "the " + and(dates) + " of the month";
        }
        if (rules.isEmpty()) {
            return "";
        }
        if (monthly) {
            return monthlyDays(rules);
        }
        Set<DayOfWeek> days = daysOf(schedule);
        int interval = schedule.interval() == null ? 1 : schedule.interval();
        if (interval == 2) {
            return "every other " + and(days.stream().map(ListingWords::dayName).toList());
        }
        if (interval > 2) {
            return "every " + interval + " weeks on " + and(days.stream().map(ListingWords::dayName).toList());
        }
        if (days.size() == 7) {
            return "every day";
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "Monday to Friday";
        }
        return and(days.stream().map(d -> dayName(d) + "s").toList());
    }

    /** "First Tuesday of the month", "Second and fourth Thursday of the month", "Last Friday of the month". */
    private static String monthlyDays(List<String> rules) {
        List<String> parts = new ArrayList<>();
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String rule : rules) {
            String r = rule.strip();
            Optional<DayOfWeek> day = Schedule.dayOfRule(r);
            if (day.isEmpty()) {
                continue;
            }
            days.add(day.get());
            String n = r.substring(0, r.length() - 2);
            parts.add(n.isEmpty() ? "every" : n.equals("-1") ? "last"
                    : n.matches("[1-5]") ? ORDINALS.get(Integer.parseInt(n)).toLowerCase(Locale.UK) : n);
        }
        if (days.isEmpty()) {
            return "";
        }
        String dayNames = and(days.stream().map(ListingWords::dayName).toList());
        if (parts.contains("every")) {
            return "every " + dayNames;
        }
        return and(parts.stream().distinct().toList()) + " " + dayNames + " of the month";
    }

    public static String dayName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.UK);
    }

    private static String dayOfMonth(String n) {
        if (n.equals("-1")) {
            return "last day";
        }
        int d = Integer.parseInt(n.replace("-", ""));
        String suffix = d % 100 >= 11 && d % 100 <= 13 ? "th"
                : switch (d % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return d + suffix;
    }

    /** "a", "a and b", "a, b and c" */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
