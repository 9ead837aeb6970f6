package org.linkwork.matching.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages a listing states in words when it records none: "for over 50s", "aged 60 and over", "50+",
 * "aged 16 to 25", "under 18s". Many imported listings say their ages only in their name or description.
 *
 * @param minimum null when none is stated
 * @param maximum null when none is stated
 */
record ListingAges(Integer minimum, Integer maximum) {

    static final ListingAges NONE = new ListingAges(null, null);

    private static final Pattern OVER = Pattern.compile("\\bover[- ]?(\\d{2})'?s\\b|\\bover (\\d{2})\\b(?! (?:years|miles|km|minutes))");
    private static final Pattern PLUS = Pattern.compile("\\b(\\d{2}) ?\\+");
    private static final Pattern AND_OVER = Pattern.compile("\\b(\\d{2}) (?:and|or) (?:over|above|older)\\b");
    private static final Pattern RANGE = Pattern.compile("\\baged (\\d{1,2}) ?(?:-|to|–) ?(\\d{1,2})\\b"
            + "|\\b(\\d{1,2}) ?(?:-|to|–) ?(\\d{1,2})[- ]year[- ]olds?\\b");
    private static final Pattern UNDER = Pattern.compile("\\bunder[- ]?(\\d{1,2})'?s\\b");

    static ListingAges in(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String t = text.toLowerCase(java.util.Locale.UK);
        Matcher range = RANGE.matcher(t);
        if (range.find()) {
            int from = Integer.parseInt(range.group(1) != null ? range.group(1) : range.group(3));
            int to = Integer.parseInt(range.group(2) != null ? range.group(2) : range.group(4));
            if (from < to) {
                return new ListingAges(from, to);
            }
        }
        Integer minimum = first(t, OVER, PLUS, AND_OVER);
        Matcher under = UNDER.matcher(t);
        Integer maximum = under.find() ? Integer.parseInt(under.group(1)) - 1 : null;
        return new ListingAges(minimum, maximum);
    }

    private static Integer first(String text, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                int age = Integer.parseInt(number);
                if (age >= 16 && age <= 90) {
                    return age;
                }
            }
        }
        return null;
    }
}
