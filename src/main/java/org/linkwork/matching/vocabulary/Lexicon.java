package org.linkwork.matching.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The enabled concepts of the vocabulary at one revision, read and ready to listen to a text.
 */
public final class Lexicon {

    /** Words a phrase may skip between two of its own: "my knees really do hurt" is "knees hurt". */
    static final int PHRASE_GAP = 1;
    /**
     * Words of conversation that say nothing about which service fits, so are not searched for on their own
     * when no concept takes them.
     */
    private static final Set<String> SMALL_TALK = Stream.of("like", "love", "want", "wanted", "feel", "feeling",
            "get", "getting", "go", "going", "got", "thing", "things", "think", "enjoy", "used", "use", "would",
            "could", "should", "can", "need", "needs", "help", "someone", "something", "anything", "anyone",
            "everyone", "people", "person", "time", "times", "day", "days", "week", "weeks", "year", "years", "since",
            "now", "still", "more", "less", "little", "good", "bad", "well", "better", "know", "make", "say", "said",
            "tell", "told", "try", "keep", "many", "way", "also", "ago", "out", "house", "life", "he", "she", "her",
            "his", "him", "they", "them", "their", "you", "your", "what", "which", "who", "when", "where", "how", "why",
            "there", "here", "then", "than", "because", "though", "since", "after", "before", "again", "only", "even",
            "ever", "own", "other", "others", "will", "has", "have", "had", "being", "been", "mum", "dad", "son",
            "daughter", "wife", "husband", "partner", "gp", "doctor", "nurse", "says", "suggested", "mentioned",
            "wants", "likes", "loves", "find", "look", "looking", "around", "lately", "recently", "much", "very",
            "months", "month", "morning", "afternoon", "evening", "one", "two", "three", "back", "sometimes",
            "always", "usually", "mostly", "nothing", "everything", "place", "places", "somewhere", "come", "came",
            "see", "seen", "getting", "into", "onto", "over", "under", "off", "away", "lives", "live", "living",
            "moved", "new", "old", "big", "small", "nice", "lovely", "happy", "okay", "ok", "yes", "maybe",
            "perhaps", "probably", "hard", "easy", "able", "done", "doing", "make", "made", "take", "took", "and",
            "or", "of", "to", "in", "on", "at", "for", "with", "by", "is", "are", "was", "were", "be", "am", "it",
            "it's", "its", "this", "that", "these", "those", "my", "me", "we", "our", "us", "as", "from", "up",
            "about", "all", "any", "some", "do", "does", "did", "too", "bit", "lot", "lots", "but", "if", "not",
            "all", "day", "she's", "he's", "they're", "isn't", "won't", "got", "get", "work", "works", "spring",
            "summer", "winter", "autumn", "payday", "kids", "son", "grandkids", "lady", "man", "woman", "bloke",
            "young", "round", "whole", "every", "each", "first", "last", "next", "both", "either", "such", "free",
            "only", "moving", "manage", "understand", "wants", "everywhere", "told", "start", "keeps", "coming",
            // How a life has gone, not what the person likes: "dropped out" is no "drop-in", "the waiting list" for
            // an operation no listing's "waiting list".
            "dropped", "drop", "spends", "spend", "spent", "stopped", "started", "left", "leave", "waiting", "list",
            "ten", "four", "five", "six", "seven", "eight", "nine", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred")
            .map(Tokens::stem).collect(Collectors.toUnmodifiableSet());
    private static final int SHORTEST_OTHER_WORD = 3;
    /**
     * Words that may come between a need and an activity that brings it on: "breathless walking", "pain when I
     * walk", "hurts after swimming". Little words ("I", "the") are not read at all, so never come between.
     */
    private static final Set<String> BRINGING_ON = Stream.of("when", "while", "whilst", "after", "he", "she",
            "they", "we", "you", "if").map(Tokens::stem).collect(Collectors.toUnmodifiableSet());
    private static final int MOST_BRINGING_ON = 2;
    /** Words between something that keeps a person in and the need that causes it: "buses are hard with her hip". */
    private static final Set<String> CAUSED_BY = Stream.of("with", "because", "of", "due", "to", "my", "his", "her",
            "their").map(Tokens::stem).collect(Collectors.toUnmodifiableSet());
    private static final int MOST_CAUSED_BY = 3;

    private final long revision;
    private final List<ReadConcept> concepts;
    private final Map<String, ReadConcept> byCode = new LinkedHashMap<>();

    public Lexicon(long revision, List<Concept> enabled) {
        this.revision = revision;
        this.concepts = enabled.stream().filter(Concept::enabled).map(ReadConcept::of).toList();
        concepts.forEach(c -> byCode.put(c.code(), c));
    }

    public long revision() {
        return revision;
    }

    public List<ReadConcept> concepts() {
        return concepts;
    }

    public Optional<ReadConcept> concept(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The concepts whose needs include this needs taxonomy code. */
    public List<ReadConcept> withNeed(String needCode) {
        return concepts.stream().filter(c -> c.concept().needs().contains(needCode)).toList();
    }

    /** The concepts heard in a text, and the words left over. */
    public Hearing hear(String text) {
        TokenText tokens = TokenText.of(text);
        if (tokens.isEmpty()) {
            return Hearing.nothing();
        }
        List<Found> all = new ArrayList<>();
        for (ReadConcept concept : concepts) {
            for (Phrase phrase : concept.phrases()) {
                for (TokenText.Span span : tokens.find(phrase, PHRASE_GAP)) {
                    all.add(new Found(concept, phrase, span));
                }
            }
        }
        Set<Integer> covered = new HashSet<>();
        Map<ReadConcept, List<TokenText.Span>> spans = new LinkedHashMap<>();
        Map<ReadConcept, Set<String>> heardPhrases = new LinkedHashMap<>();
        for (Found f : all) {
            for (int i = f.span().first(); i <= f.span().last(); i++) {
                covered.add(i);
            }
            if (partOfSomethingTheyHave(f, all)) {
                continue;
            }
            heardPhrases.computeIfAbsent(f.concept(), c -> new LinkedHashSet<>()).add(f.phrase().text());
            // An activity the person can no longer do was theirs: what a link worker looks for, perhaps adapted.
            TokenText.Span span = f.concept().concept().kind() == ConceptKind.ACTIVITY && tokens.noLongerAble(f.span())
                    ? new TokenText.Span(f.span().first(), f.span().last(), false) : f.span();
            spans.computeIfAbsent(f.concept(), c -> new ArrayList<>()).add(span);
        }
        List<TokenText.Span> needs = spans.entrySet().stream()
                .filter(e -> e.getKey().concept().kind() == ConceptKind.NEED)
                .flatMap(e -> e.getValue().stream()).filter(span -> !span.negated()).toList();
        // Every phrase of something keeping the person in that is heard at all: in "no car and the buses are hard"
        // the "no" reaches the buses too, yet they are part of the same barrier.
        List<TokenText.Span> keepingIn = spans.entrySet().stream()
                .filter(e -> e.getKey().concept().kind() == ConceptKind.BARRIER && !e.getKey().concept().alongside().isEmpty())
                .filter(e -> e.getValue().stream().anyMatch(span -> !span.negated()))
                .flatMap(e -> e.getValue().stream()).toList();
        List<Heard> heard = new ArrayList<>();
        spans.forEach((concept, found) -> {
            List<TokenText.Span> positive = found.stream().filter(span -> !span.negated()).toList();
            boolean context = !positive.isEmpty() && switch (concept.concept().kind()) {
                case ACTIVITY -> positive.stream().allMatch(span -> needs.stream()
                        .anyMatch(need -> justAfter(tokens, need, span, BRINGING_ON, MOST_BRINGING_ON)));
                case NEED -> positive.stream().allMatch(span -> keepingIn.stream()
                        .anyMatch(barrier -> justAfter(tokens, barrier, span, CAUSED_BY, MOST_CAUSED_BY)));
                default -> false;
            };
            heard.add(new Heard(concept, positive.isEmpty(), List.copyOf(heardPhrases.get(concept)), context,
                    places(positive)));
        });
        Map<String, Hearing.Word> others = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.token(i);
            if (!covered.contains(i) && !t.isNot() && !t.aversion() && t.word().length() >= SHORTEST_OTHER_WORD
                    && !SMALL_TALK.contains(t.stem()) && !t.word().chars().allMatch(Character::isDigit)
                    && !negatedWord(tokens, i)) {
                others.putIfAbsent(t.stem(), new Hearing.Word(t.stem(), t.word()));
            }
        }
        return new Hearing(heard, List.copyOf(others.values()));
    }

    /**
     * An activity's words inside a longer phrase saying how the person gets about: the "walking" of "uses a walking
     * frame" or "walking distance" is no wish to walk.
     */
    private static boolean partOfSomethingTheyHave(Found f, List<Found> all) {
        return f.concept().concept().kind() == ConceptKind.ACTIVITY && all.stream()
                .anyMatch(other -> other.concept().concept().kind() == ConceptKind.BARRIER
                        && other.span().first() <= f.span().first() && other.span().last() >= f.span().last()
                        && other.span().last() - other.span().first() > f.span().last() - f.span().first());
    }

    /** The places in what was said where it was heard; spans that overlap ("knee", "knees hurt") are one place. */
    private static int places(List<TokenText.Span> spans) {
        List<TokenText.Span> inOrder = spans.stream().sorted(Comparator.comparingInt(TokenText.Span::first)).toList();
        int places = 0;
        int end = -1;
        for (TokenText.Span span : inOrder) {
            if (span.first() > end) {
                places++;
            }
            end = Math.max(end, span.last());
        }
        return places;
    }

    private record Found(ReadConcept concept, Phrase phrase, TokenText.Span span) {
    }

    /**
     * Whether {@code then} comes just after {@code first} in its clause, with at most {@code most} words between
     * and each of them one of {@code between}: an activity after the need it brings on ("breathless walking",
     * "pain when I walk"), or a need after what it keeps the person from ("the buses are hard with her hip").
     */
    private static boolean justAfter(TokenText tokens, TokenText.Span first, TokenText.Span then, Set<String> between,
            int most) {
        if (first.last() >= then.first() || then.first() - first.last() - 1 > most
                || tokens.token(first.last()).clause() != tokens.token(then.first()).clause()) {
            return false;
        }
        for (int i = first.last() + 1; i < then.first(); i++) {
            if (!between.contains(tokens.token(i).stem())) {
                return false;
            }
        }
        return true;
    }

    private static boolean negatedWord(TokenText tokens, int at) {
        Phrase alone = new Phrase(tokens.token(at).word(), List.of(tokens.token(at).stem()));
        return tokens.find(alone, 0).stream().anyMatch(s -> s.first() == at && s.negated());
    }
}
