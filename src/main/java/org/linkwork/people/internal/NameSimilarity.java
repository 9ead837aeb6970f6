package org.linkwork.people.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import org.linkwork.people.Person;

/**
 * Whether two names may belong to one person, allowing for typing errors ("Smith", "Smyth"), short
 * forms ("Sam", "Samantha"), accents, hyphens and apostrophes, preferred names, and given and family
 * names entered the wrong way round. Jaro-Winkler similarity on normalised names, computed in Java
 * over the few records born on the same day, so no database extension is needed.
 */
final class NameSimilarity {

    static final double GIVEN_THRESHOLD = 0.85;
    static final double FAMILY_THRESHOLD = 0.88;

    private NameSimilarity() {
    }

    static boolean similar(Person.Name a, Person.Name b) {
        String familyA = normalise(a.family());
        String familyB = normalise(b.family());
        if (familyA.isEmpty() || familyB.isEmpty()) {
            return false;
        }
        boolean familiesMatch = jaroWinkler(familyA, familyB) >= FAMILY_THRESHOLD;
        if (familiesMatch && givenNamesMatch(a, b)) {
            return true;
        }
        // Given and family names swapped on one of the forms.
        return jaroWinkler(normalise(a.given()), familyB) >= FAMILY_THRESHOLD
                && jaroWinkler(familyA, normalise(b.given())) >= FAMILY_THRESHOLD;
    }

    private static boolean givenNamesMatch(Person.Name a, Person.Name b) {
        return Stream.of(a.given(), a.preferred()).map(NameSimilarity::normalise).filter(s -> !s.isEmpty())
                .anyMatch(x -> Stream.of(b.given(), b.preferred()).map(NameSimilarity::normalise)
                        .filter(s -> !s.isEmpty()).anyMatch(y -> givenNameMatch(x, y)));
    }

    private static boolean givenNameMatch(String x, String y) {
        if (x.length() >= 3 && y.length() >= 3 && (x.startsWith(y) || y.startsWith(x))) {
            return true;
        }
        return jaroWinkler(x, y) >= GIVEN_THRESHOLD;
    }

    /** Lower case letters only: accents, spaces, hyphens and apostrophes removed. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.UK).replaceAll("[^\\p{L}]", "");
    }

    /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (the same), with the usual prefix scale of 0.1. */
    static double jaroWinkler(String s, String t) {
        if (s.isEmpty() || t.isEmpty()) {
            return s.equals(t) ? 1 : 0;
        }
        double jaro = jaro(s, t);
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double jaro(String s, String t) {
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sMatched = new boolean[s.length()];
        boolean[] tMatched = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(t.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (sMatched[i]) {
                while (!tMatched[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3;
    }
}
