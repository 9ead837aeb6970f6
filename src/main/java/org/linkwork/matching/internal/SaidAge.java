package org.linkwork.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's age where a note says it the way notes do: "77, uses a walking frame", "Mrs D, 71.", "a 52-year-old
 * taxi driver", "I'm 28", "aged 67". An age said so is as sure as one given in the constraints, so it is used as one
 * when none is given: a youth hub is no suggestion for a man of 70, nor an over-50s class for a care worker of 28.
 * Numbers of anything else ("partner of 35 years", "BMI 34", "35 weeks pregnant") are not ages.
 */
final class SaidAge {

    static final int YOUNGEST = 16;
    static final int OLDEST = 105;

    private static final String NOT_A_UNIT = "(?!\\s*(?:%|km|miles?|mins?|minutes|hours?|stone|st\\b|kg|lbs?|pounds|quid"
            + "|weeks?|days?|months?|years?(?!\\s*old)|times|percent))";
    /** From the surest way of saying it to the least. */
    private static final List<Pattern> WAYS = List.of(
            Pattern.compile("\\b(\\d{2,3})\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old\\b"),
            Pattern.compile("\\b(\\d{2,3})\\s*(?:yo|y/o|yrs old)\\b"),
            Pattern.compile("\\baged?\\s*(\\d{2,3})\\b" + NOT_A_UNIT),
            Pattern.compile("\\b(?:i'm|i am|im|he's|she's|he is|she is|they're|they are|now|turned|turns)\\s+(\\d{2,3})\\b"
                    + NOT_A_UNIT),
            Pattern.compile("^\\W*(\\d{2,3})\\s*(?:,|\\.|;|\\(|-|\\s+(?:year|yr))"),
            Pattern.compile("^([^.!?]*?)[,(]\\s*(\\d{2,3})\\s*[,.;)]"));
    /** "Her son, 45, lives in Leeds": the age of someone else. */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:son|daughter|husband|wife|partner|mum|mother|dad"
            + "|father|brother|sister|friend|carer|grandson|granddaughter|neighbour|boyfriend|girlfriend|child|kids?)\\W*$");

    private SaidAge() {
    }

    static OptionalInt in(String whatMatters) {
        if (whatMatters == null || whatMatters.isBlank()) {
            return OptionalInt.empty();
        }
        String text = whatMatters.replace('\u2019', '\'').toLowerCase(Locale.UK).strip();
        for (Pattern way : WAYS) {
            Matcher m = way.matcher(text);
            while (m.find()) {
                int age = Integer.parseInt(m.group(m.groupCount()));
                boolean someoneElse = m.groupCount() > 1 && SOMEONE_ELSE.matcher(m.group(1)).find();
                if (age >= YOUNGEST && age <= OLDEST && !someoneElse) {
                    return OptionalInt.of(age);
                }
            }
        }
        return OptionalInt.empty();
    }
}
