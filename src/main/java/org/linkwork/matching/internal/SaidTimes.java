package org.linkwork.matching.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.linkwork.directory.Schedule;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.vocabulary.Lexicon;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.matching.vocabulary.ReadConcept;
import org.linkwork.matching.vocabulary.TokenText;
import org.linkwork.matching.vocabulary.Tokens;

/**
 * The days and parts of the day the person said they can go, or cannot ("can only do mornings", "not Mondays,
 * that's dialysis"), heard through the vocabulary's {@code when-} concepts. They are soft: free text is too
 * uncertain to leave a service out for, so a service that runs at another time is cut a little and says so.
 * Where the request's constraints give days or times of day, those are what counts, not what was said.
 *
 * @param parts    parts of the day said to suit (none: any)
 * @param notParts parts of the day said not to
 * @param days     days said to suit (none: any)
 * @param notDays  days said not to
 */
record SaidTimes(Set<PartOfDay> parts, Set<PartOfDay> notParts, Set<DayOfWeek> days, Set<DayOfWeek> notDays) {

    static final SaidTimes NONE = new SaidTimes(Set.of(), Set.of(), Set.of(), Set.of());
    /** A service that runs only at times the person said they cannot go keeps this much. */
    static final double ELSEWHEN_FACTOR = 0.8;

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKENDS = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    /** The concepts, each with the times it stands for and its word said bare ("not mornings"). */
    private static final List<When> CONCEPTS = List.of(
            new When("when-mornings", Set.of(PartOfDay.MORNING), Set.of(), "mornings"),
            new When("when-afternoons", Set.of(PartOfDay.AFTERNOON), Set.of(), "afternoons"),
            new When("when-evenings", Set.of(PartOfDay.EVENING), Set.of(), "evenings"),
            new When("when-weekends", Set.of(), WEEKENDS, "weekends"),
            new When("when-weekdays", Set.of(), WEEKDAYS, "weekdays"),
            new When("when-mondays", Set.of(), Set.of(DayOfWeek.MONDAY), "mondays"),
            new When("when-tuesdays", Set.of(), Set.of(DayOfWeek.TUESDAY), "tuesdays"),
            new When("when-wednesdays", Set.of(), Set.of(DayOfWeek.WEDNESDAY), "wednesdays"),
            new When("when-thursdays", Set.of(), Set.of(DayOfWeek.THURSDAY), "thursdays"),
            new When("when-fridays", Set.of(), Set.of(DayOfWeek.FRIDAY), "fridays"),
            new When("when-saturdays", Set.of(), Set.of(DayOfWeek.SATURDAY), "saturdays"),
            new When("when-sundays", Set.of(), Set.of(DayOfWeek.SUNDAY), "sundays"));
    /** What keeps a person busy at a time: "dialysis on Mondays", "works afternoons", "at college on Wednesdays". */
    private static final Set<String> BUSY = stems("work", "works", "working", "job", "shift", "shifts", "dialysis",
            "hospital", "appointment", "appointments", "clinic", "busy", "college", "school", "chemo", "childcare");
    /**
     * Said after being busy and before a time, or just after it, these make it a time the person can go ("works
     * shifts and can only do Tuesdays", "dialysis on Mondays and Thursdays are best"); otherwise being busy reaches
     * over the clause: "I work in a care home Monday to Friday".
     */
    private static final Set<String> FREE = stems("can", "could", "free", "able", "only", "available", "suit",
            "suits", "prefer", "best", "manage", "fine", "good", "ok");
    /**
     * Someone else whose week a time may be said of: "daughter visits at weekends" says nothing of when the person
     * can go, unless a word such as "can" or "only" comes between ("her son can take her out Tuesday to Thursday").
     */
    private static final Set<String> SOMEONE_ELSE = stems("daughter", "son", "husband", "wife", "partner", "carer",
            "grandson", "granddaughter", "grandchildren", "neighbour", "friend", "brother", "sister", "family");
    /** Said just after a time, these rule it out: "Mondays are out", "mornings are difficult". */
    private static final Set<String> RULED_OUT = stems("out", "difficult", "hard", "tricky", "impossible", "busy",
            "awkward", "bad");
    private static final int AFTER_REACH = 2;
    private static final String DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?";
    private static final Pattern DAY_RANGE = Pattern.compile("\\b" + DAY
            + "(?:\\s+(?:to|till|until|through)\\s+|\\s*[-\u2013]\\s*)" + DAY + "\\b");
    /** Said just before a day, these make it one occasion ("had a fall last Tuesday", "since Friday"). */
    private static final Set<String> OCCASION = Set.of("last", "next", "this", "since");
    /**
     * Past tenses with no "-ed", for a day said of something that happened ("fell on Monday"); a word ending in
     * "-ed" is taken as past too.
     */
    private static final Set<String> IRREGULAR_PAST = Set.of("fell", "went", "saw", "had", "was", "were", "came",
            "got", "took", "told", "said", "felt", "lost", "left", "began", "broke", "ran", "rang", "met", "did",
            "gave", "heard", "thought", "brought", "bought", "caught", "sat", "stood", "kept", "spoke", "woke", "wrote");

    SaidTimes {
        parts = Set.copyOf(parts);
        notParts = Set.copyOf(notParts);
        days = Set.copyOf(days);
        notDays = Set.copyOf(notDays);
    }

    /** What was said of days and times, less what the request's own constraints already give. */
    static SaidTimes read(Lexicon lexicon, String whatMatters, Constraints constraints) {
        TokenText text = TokenText.of(whatMatters == null ? "" : whatMatters);
        if (text.isEmpty()) {
            return NONE;
        }
        Set<PartOfDay> parts = EnumSet.noneOf(PartOfDay.class);
        Set<PartOfDay> notParts = EnumSet.noneOf(PartOfDay.class);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Set<DayOfWeek> notDays = EnumSet.noneOf(DayOfWeek.class);
        for (When when : CONCEPTS) {
            Optional<ReadConcept> concept = lexicon.concept(when.code());
            if (concept.isEmpty()) {
                continue;
            }
            boolean suits = false;
            boolean not = false;
            for (Phrase phrase : concept.get().phrases()) {
                for (TokenText.Span span : text.find(phrase, 0)) {
                    if ((when.isDay() && anOccasion(text, span)) || someoneElses(text, span)) {
                        continue;
                    }
                    if (against(text, span)) {
                        not = true;
                    } else {
                        suits = true;
                    }
                }
            }
            // A bare "mornings" may be anything ("every morning", "coffee morning"); ruled out, it is a time.
            not |= text.find(Phrase.of(when.word()), 0).stream()
                    .anyMatch(span -> !(when.isDay() && anOccasion(text, span)) && !someoneElses(text, span)
                            && against(text, span));
            if (suits) {
                parts.addAll(when.parts());
                days.addAll(when.days());
            } else if (not) {
                notParts.addAll(when.parts());
                notDays.addAll(when.days());
            }
        }
        days.addAll(between(whatMatters, days));
        if (!constraints.timesOfDay().isEmpty()) {
            parts.clear();
            notParts.clear();
        }
        if (!constraints.days().isEmpty()) {
            days.clear();
            notDays.clear();
        }
        return new SaidTimes(parts, notParts, days, notDays);
    }

    /** The days inside a range said, both of whose ends suit: "Tuesday to Thursday" is Wednesday too. */
    private static Set<DayOfWeek> between(String whatMatters, Set<DayOfWeek> days) {
        Set<DayOfWeek> inside = EnumSet.noneOf(DayOfWeek.class);
        Matcher range = DAY_RANGE.matcher(whatMatters.toLowerCase(Locale.UK));
        while (range.find()) {
            DayOfWeek from = DayOfWeek.valueOf(range.group(1).toUpperCase(Locale.UK));
            DayOfWeek to = DayOfWeek.valueOf(range.group(2).toUpperCase(Locale.UK));
            if (days.contains(from) && days.contains(to)) {
                inside.addAll(Schedule.daysThrough(from, to));
            }
        }
        return inside;
    }

    boolean isEmpty() {
        return parts.isEmpty() && notParts.isEmpty() && days.isEmpty() && notDays.isEmpty();
    }

    /**
     * How a service's sessions fit what was said: the first that does, as a reason, when the person said when
     * they can go; otherwise when it runs, as a caution, and a cut. Times not listed: the usual caution.
     */
    Fit fit(ServiceFacts f) {
        if (isEmpty()) {
            return Fit.NEUTRAL;
        }
        if (!f.timesListed) {
            return new Fit(Optional.empty(), Optional.of(HardConstraints.TIMES_NOT_LISTED), 1);
        }
        boolean unclear = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Schedule.Session s : f.sessions) {
                if (s.day() != day || notDays.contains(day) || (!days.isEmpty() && !days.contains(day))) {
                    continue;
                }
                PartOfDay part = s.opens() == null ? null : PartOfDay.of(s.opens());
                if (part == null && !(parts.isEmpty() && notParts.isEmpty())) {
                    unclear = true;
                    continue;
                }
                if (part != null && (notParts.contains(part) || (!parts.isEmpty() && !parts.contains(part)))) {
                    continue;
                }
                if (parts.isEmpty() && days.isEmpty()) {
                    return Fit.NEUTRAL;
                }
                String when = day.getDisplayName(TextStyle.FULL, Locale.UK) + (part == null ? "" : " " + part.code())
                        + (s.monthly() ? ", once a month" : "");
                return new Fit(Optional.of(when + ": when you said you can go"), Optional.empty(), 1);
            }
        }
        if (unclear) {
            return new Fit(Optional.empty(), Optional.of(HardConstraints.TIMES_NOT_LISTED), 1);
        }
        return new Fit(Optional.empty(), Optional.of("Runs " + ConstraintWords.sessions(f, Set.of(), Set.of())
                + ": you said " + said()), ELSEWHEN_FACTOR);
    }

    /** What the person said, in words: "mornings", "Tuesdays or Thursdays, not evenings", "weekends". */
    String said() {
        List<String> wanted = new ArrayList<>(partWords(parts));
        wanted.addAll(dayWords(days));
        List<String> not = new ArrayList<>(partWords(notParts));
        not.addAll(dayWords(notDays));
        String yes = joined(wanted);
        String no = not.isEmpty() ? "" : "not " + joined(not);
        return yes.isEmpty() ? no : no.isEmpty() ? yes : yes + ", " + no;
    }

    private static List<String> partWords(Set<PartOfDay> parts) {
        return parts.stream().sorted().map(p -> p.code() + "s").toList();
    }

    private static List<String> dayWords(Set<DayOfWeek> days) {
        if (days.equals(WEEKDAYS) || days.equals(WEEKENDS)) {
            return List.of(days.equals(WEEKDAYS) ? "weekdays" : "weekends");
        }
        return days.stream().sorted().map(SaidTimes::dayName).toList();
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK) + "s";
    }

    private static String joined(List<String> words) {
        if (words.size() < 2) {
            return words.isEmpty() ? "" : words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    /**
     * "last Tuesday", "next Monday", "since Friday", or one day said of what happened ("she fell on Monday",
     * "was discharged Tuesday"): one occasion, not when the person can go. A day said as days ("Mondays") is
     * a habit, whatever the tense: "went on Mondays till the bus stopped" still says Mondays suit.
     */
    private static boolean anOccasion(TokenText text, TokenText.Span span) {
        int clause = text.token(span.first()).clause();
        int before = span.first() - 1;
        if (before >= 0 && text.token(before).clause() == clause && OCCASION.contains(text.token(before).word())) {
            return true;
        }
        if (span.first() != span.last() || text.token(span.first()).word().endsWith("s")) {
            return false;
        }
        for (int i = before; i >= 0 && text.token(i).clause() == clause; i--) {
            if (pastTense(text.token(i).word())) {
                return true;
            }
        }
        return false;
    }

    /** A time said of someone else's week, in its clause: "Daughter visits at weekends". */
    private static boolean someoneElses(TokenText text, TokenText.Span span) {
        int clause = text.token(span.first()).clause();
        for (int i = span.first() - 1; i >= 0 && text.token(i).clause() == clause; i--) {
            String stem = text.token(i).stem();
            if (FREE.contains(stem)) {
                return false;
            }
            if (SOMEONE_ELSE.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastTense(String word) {
        return IRREGULAR_PAST.contains(word) || (word.length() > 3 && word.endsWith("ed") && !word.endsWith("eed"));
    }

    /**
     * A time said with a "not" before it ("can't do mornings"), after being busy in its clause ("dialysis on
     * Mondays", "works afternoons", "I work in a care home Monday to Friday"), or ruled out just after ("Mondays
     * are out").
     */
    private static boolean against(TokenText text, TokenText.Span span) {
        if (span.negated()) {
            return true;
        }
        int clause = text.token(span.first()).clause();
        for (int i = span.last() + 1; i < text.size() && i <= span.last() + 1 + AFTER_REACH
                && text.token(i).clause() == clause; i++) {
            Tokens.Token t = text.token(i);
            if (RULED_OUT.contains(t.stem()) || (t.isNot() && i + 1 < text.size()
                    && text.token(i + 1).clause() == clause && text.token(i + 1).stem().equals("good"))) {
                return true;
            }
            if (FREE.contains(t.stem())) {
                return false;
            }
        }
        for (int i = span.first() - 1; i >= 0 && text.token(i).clause() == clause; i--) {
            String stem = text.token(i).stem();
            if (BUSY.contains(stem)) {
                return true;
            }
            if (FREE.contains(stem)) {
                break;
            }
        }
        return false;
    }

    private static Set<String> stems(String... words) {
        return Stream.of(words).map(w -> Phrase.of(w).stems().getFirst()).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * How a service fits the times said.
     *
     * @param factor what it keeps of its score
     */
    record Fit(Optional<String> reason, Optional<String> caution, double factor) {
        static final Fit NEUTRAL = new Fit(Optional.empty(), Optional.empty(), 1);
    }

    private record When(String code, Set<PartOfDay> parts, Set<DayOfWeek> days, String word) {

        boolean isDay() {
            return !days.isEmpty();
        }
    }
}
