package org.linkwork.matching.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Text as the vocabulary reads it: words in order, lower case, stemmed (Snowball English, so "knees",
 * "knee" and "kneeling" meet), with the littlest words ("a", "the", "really") left out and every way of saying "not" ("don't", "can't",
 * "never", "no") made one token, {@value #NOT}, so that "can't get there" and "cannot get there" are one
 * phrase. Text is cut into clauses at punctuation and "but", and a "not" reaches only within its clause.
 */
public final class Tokens {

    /** The one token every negation becomes. */
    public static final String NOT = "not";

    private static final Pattern CLAUSES = Pattern.compile("[.,;:!?()\\n\\r]+|\\bbut\\b|\\bhowever\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "don't", "dont", "doesn't", "doesnt",
            "didn't", "didnt", "can't", "cant", "cannot", "won't", "wont", "wouldn't", "wouldnt", "isn't", "isnt",
            "aren't", "arent", "wasn't", "wasnt", "haven't", "havent", "hasn't", "hasnt", "couldn't", "couldnt",
            "nor", "without");
    /** Words that turn what follows against the person without being a "not". */
    private static final Set<String> AVERSIONS = Set.of("hate", "hates", "dislike", "dislikes", "dread", "avoid");
    /** Words so common in speech that phrases are matched as if they were not there. */
    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "the", "really", "very", "just", "quite", "so",
            "i", "i'm", "im", "i've", "ive", "i'd", "id", "i'll");
    /** The endings of "she's", "she'd", "she'll", "they're", "we've", "I'm", and of "mum's". */
    private static final Pattern CONTRACTED = Pattern.compile("'(s|d|ll|re|ve|m)$");
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_STEMS = 200_000;

    /**
     * One word of a text.
     *
     * @param stem     the word stemmed, or {@value #NOT}
     * @param word     the word as written, in lower case
     * @param clause   which clause of the text it is in
     * @param aversion a word such as "hate" that turns what follows against the person
     */
    public record Token(String stem, String word, int clause, boolean aversion) {

        public boolean isNot() {
            return NOT.equals(stem);
        }
    }

    private Tokens() {
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String normal = text.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.UK);
        String[] clauses = CLAUSES.split(normal);
        for (int clause = 0; clause < clauses.length; clause++) {
            Matcher words = WORD.matcher(clauses[clause]);
            while (words.find()) {
                String word = words.group();
                if (NEGATIONS.contains(word)) {
                    tokens.add(new Token(NOT, word, clause, false));
                } else if (!LITTLE_WORDS.contains(word)) {
                    tokens.add(new Token(stem(word), word, clause, AVERSIONS.contains(word)));
                }
            }
        }
        return tokens;
    }

    /** The stems of a phrase, in order, as {@link #of} reads them. */
    public static List<String> stems(String phrase) {
        return of(phrase).stream().map(Token::stem).toList();
    }

    static String stem(String word) {
        // "she'd" is "she", not "shed"; "we'll" is "we", not "well"; "mum's" is "mum"
        String possessiveFree = CONTRACTED.matcher(word).replaceFirst("");
        String known = STEMS.get(possessiveFree);
        if (known != null) {
            return known;
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(possessiveFree.replace("'", ""));
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (STEMS.size() < MAX_REMEMBERED_STEMS) {
            STEMS.put(possessiveFree, stem);
        }
        return stem;
    }
}
