package org.linkwork.matching.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text read into {@link Tokens}, indexed by stem so that many phrases can be looked for in it quickly.
 */
public final class TokenText {

    /** How far back from a phrase a "not" (or "hate") still turns it round, in words. */
    static final int NEGATION_REACH = 3;
    private static final Set<String> CANNOT = Set.of("can't", "cant", "cannot", "couldn't", "couldnt");

    private final List<Tokens.Token> tokens;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    private TokenText(List<Tokens.Token> tokens) {
        this.tokens = tokens;
        for (int i = 0; i < tokens.size(); i++) {
            positions.computeIfAbsent(tokens.get(i).stem(), k -> new ArrayList<>()).add(i);
        }
    }

    public static TokenText of(String text) {
        return new TokenText(Tokens.of(text));
    }

    public static TokenText of(List<String> texts) {
        return of(String.join(". ", texts.stream().filter(t -> t != null && !t.isBlank()).toList()));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public int size() {
        return tokens.size();
    }

    public Tokens.Token token(int index) {
        return tokens.get(index);
    }

    public boolean contains(String stem) {
        return positions.containsKey(stem);
    }

    /**
     * Where a phrase occurs, in one clause, its words in order with at most {@code maxGap} other words
     * between two of them.
     */
    public List<Span> find(Phrase phrase, int maxGap) {
        List<String> stems = phrase.stems();
        if (stems.isEmpty()) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        for (int start : positions.getOrDefault(stems.getFirst(), List.of())) {
            int at = start;
            boolean whole = true;
            for (int k = 1; k < stems.size() && whole; k++) {
                int next = nextOf(stems.get(k), at, maxGap, tokens.get(start).clause());
                if (next < 0) {
                    whole = false;
                } else {
                    at = next;
                }
            }
            if (whole) {
                found.add(new Span(start, at, negated(start, phrase)));
            }
        }
        return found;
    }

    private int nextOf(String stem, int after, int maxGap, int clause) {
        for (int i = after + 1; i <= after + 1 + maxGap && i < tokens.size(); i++) {
            if (tokens.get(i).clause() != clause) {
                return -1;
            }
            if (tokens.get(i).stem().equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    /** A phrase that says "not" itself ("can't get there") is never turned round by another "not". */
    private boolean negated(int start, Phrase phrase) {
        if (phrase.saysNot()) {
            return false;
        }
        return negation(start) >= 0;
    }

    /** The "not" or "hate" that turns round what starts here, within reach in its clause; -1 when none does. */
    private int negation(int start) {
        int clause = tokens.get(start).clause();
        for (int i = start - 1; i >= 0 && i >= start - NEGATION_REACH; i--) {
            Tokens.Token t = tokens.get(i);
            if (t.clause() != clause) {
                return -1;
            }
            if (t.isNot() || t.aversion()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a negated span says what the person can no longer do ("can't knit any more"), rather than what they
     * do not want.
     */
    public boolean noLongerAble(Span span) {
        int not = span.negated() ? negation(span.first()) : -1;
        return not >= 0 && CANNOT.contains(tokens.get(not).word()) && saysAnyMore(span.last());
    }

    private boolean saysAnyMore(int from) {
        int clause = tokens.get(from).clause();
        for (int i = from + 1; i < tokens.size() && tokens.get(i).clause() == clause; i++) {
            String word = tokens.get(i).word();
            if (word.equals("anymore") || (word.equals("any") && i + 1 < tokens.size()
                    && tokens.get(i + 1).clause() == clause && tokens.get(i + 1).word().equals("more"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a phrase was found: from the first to the last of its words.
     *
     * @param negated a "not" or "hate" comes just before it, in its clause
     */
    public record Span(int first, int last, boolean negated) {
    }
}
