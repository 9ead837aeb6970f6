package org.linkwork.directory.admin;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two service names are, from 0 (nothing in common) to 1 (the same): the share of
 * three-letter sequences they have in common (trigram similarity, as PostgreSQL's pg_trgm counts
 * it), after dropping words every listing uses ("group", "club", "community", the days of the
 * week). Done in Java rather than with pg_trgm so that it needs no database extension, which a
 * managed PostgreSQL server may not allow.
 */
public final class NameSimilarity {

    /** Names at least this alike are worth a look by a person. */
    public static final double ALIKE = 0.6;

    private static final Set<String> GENERIC = Set.of("the", "a", "an", "and", "for", "of", "with", "in", "at", "on",
            "to", "group", "groups", "club", "clubs", "session", "sessions", "class", "classes", "community", "support",
            "drop", "weekly", "monday", "mondays", "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday",
            "thursdays", "friday", "fridays", "saturday", "saturdays", "sunday", "sundays");

    private NameSimilarity() {
    }

    public static double of(String first, String second) {
        Set<String> a = trigrams(words(first));
        Set<String> b = trigrams(words(second));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / (a.size() + b.size() - shared.size());
    }

    public static boolean alike(String first, String second) {
        return of(first, second) >= ALIKE;
    }

    /** The distinctive words of a name, in lower case without accents; all words if none is distinctive. */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['’]", "")
                .toLowerCase(Locale.UK);
        List<String> all = Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        List<String> distinctive = all.stream().filter(w -> !GENERIC.contains(w)).toList();
        return distinctive.isEmpty() ? all : distinctive;
    }

    private static Set<String> trigrams(List<String> words) {
        Set<String> trigrams = new HashSet<>();
        for (String word : words) {
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }
}
