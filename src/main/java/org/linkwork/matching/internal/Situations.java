package org.linkwork.matching.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.vocabulary.ConceptKind;
import org.linkwork.matching.vocabulary.Hearing;
import org.linkwork.matching.vocabulary.Heard;
import org.linkwork.matching.vocabulary.Lexicon;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.matching.vocabulary.ReadConcept;
import org.linkwork.matching.vocabulary.TokenText;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Ward;

/**
 * Reads a request into a {@link Situation} through the concept vocabulary.
 */
final class Situations {

    /** The concept a request's {@code noTransport} stands for, as if the person had said "I can't get there". */
    static final String TRANSPORT_BARRIER = "transport-barrier";
    /** The concept an age given or said up to {@link #YOUNG_UNTIL} stands for, as if the person had said "young". */
    static final String YOUNG_PERSON = "young-adult";
    /** Services for young people count people young up to 25 ("16 to 25"). */
    static final int YOUNG_UNTIL = 25;
    /** The concepts of groups for men and for women, each with the words that say someone is one. */
    static final Map<String, Set<String>> AUDIENCES = Map.of("men", Set.of("he", "his", "him"),
            "women", Set.of("she", "her", "hers"));
    /**
     * Groups named for people who share something, such as having served or being LGBT+, are theirs: the name
     * says so to everyone else, unless the person said they are one.
     */
    static final List<String> OWN_AUDIENCES = List.of("veterans", "lgbt");
    /** Other words count for less than a concept: they are often small talk no list foresaw. */
    static final double OTHER_WORD_WEIGHT = 0.35;
    static final int MOST_OTHER_WORDS = 4;
    static final double EACH_FURTHER_MENTION = 0.25;
    static final double MOST_MENTIONS_WEIGHT = 1.5;
    /**
     * An activity heard only as what brings a need on ("breathless walking up the hill") is the need's setting,
     * not what the person wants: it counts as little as their other words.
     */
    static final double CONTEXT_WEIGHT = OTHER_WORD_WEIGHT;

    private Situations() {
    }

    /**
     * @param needTerms the needs asked for by code, with their terms (of Linkwork's or another taxonomy)
     */
    static Situation read(Lexicon lexicon, String whatMatters, Map<String, TaxonomyTerm> needTerms,
            Constraints given, GeoPoint point, Optional<Ward> ward) {
        Constraints constraints = given.age() != null ? given
                : SaidAge.in(whatMatters).stream().mapToObj(given::withAge).findFirst().orElse(given);
        Hearing hearing = lexicon.hear(whatMatters);
        List<ReadConcept> positive = new ArrayList<>(hearing.positive().stream().map(Heard::read).toList());
        if (constraints.noTransport()) {
            asIfSaid(TRANSPORT_BARRIER, lexicon, positive);
        }
        if (constraints.age() != null && constraints.age() <= YOUNG_UNTIL) {
            asIfSaid(YOUNG_PERSON, lexicon, positive);
        }
        List<Topic> topics = new ArrayList<>();
        Map<String, Heard> heardAs = hearing.positive().stream().collect(Collectors.toMap(Heard::code, h -> h));
        TokenText said = TokenText.of(whatMatters == null ? "" : whatMatters);
        positive.stream().filter(c -> c.concept().isTopical())
                .forEach(c -> topics.add(topicOf(c, weightAsSaid(heardAs.get(c.code())))
                        .saying(c.words().stream().filter(w -> TopicMatch.in(said, w)).toList())));
        needTerms.forEach((code, term) -> topics.add(needTopic(lexicon, code, term)));
        hearing.otherWords().stream().limit(MOST_OTHER_WORDS).forEach(w -> topics.add(new Topic("word:" + w.stem(),
                w.written(), Set.of(), List.of(Phrase.of(w.written())), OTHER_WORD_WEIGHT,
                capitalised(w.written()) + ": as you said", Set.of())));

        List<Preference> preferences = new ArrayList<>();
        for (ReadConcept c : positive) {
            boolean barrier = !c.concept().isTopical();
            if (barrier || !c.concept().accessibility().isEmpty() || !c.avoid().isEmpty()) {
                preferences.add(new Preference(c.code(), c.concept().label(), barrier ? c.words() : List.of(),
                        Set.copyOf(c.concept().accessibility()), c.avoid(), c.concept().reasonText(),
                        !c.concept().alongside().isEmpty()));
            }
        }
        List<ReadConcept> aversions = hearing.negated().stream().map(Heard::read)
                .filter(c -> positive.stream().noneMatch(p -> p.code().equals(c.code()))).toList();
        Map<String, Situation.Alongside> alongside = new LinkedHashMap<>();
        for (ReadConcept c : positive) {
            for (String code : c.concept().alongside()) {
                lexicon.concept(code).ifPresent(a -> alongside.putIfAbsent(code,
                        new Situation.Alongside(a, c.concept().label())));
            }
        }
        boolean nearby = constraints.noTransport() || positive.stream().anyMatch(c -> c.concept().nearby());
        boolean wantsFree = (constraints.maxCostPounds() != null && constraints.maxCostPounds().compareTo(BigDecimal.ZERO) == 0)
                || positive.stream().anyMatch(c -> !c.concept().isTopical() && c.concept().words().contains("free"));
        List<ReadConcept> unspoken = lexicon.concepts().stream().filter(c -> c.concept().kind() == ConceptKind.NEED)
                .filter(c -> !OWN_AUDIENCES.contains(c.code()))
                .filter(c -> positive.stream().noneMatch(p -> p.code().equals(c.code())))
                .filter(c -> c.concept().needs().stream().noneMatch(needTerms::containsKey)).toList();
        return new Situation(point, ward, topics, preferences, aversions, List.copyOf(alongside.values()), nearby,
                wantsFree, constraints, unspoken, otherAudiences(lexicon, whatMatters, positive),
                SaidTimes.read(lexicon, whatMatters, constraints));
    }

    /** A constraint given stands for a concept as if the person had said it, unless they did. */
    private static void asIfSaid(String code, Lexicon lexicon, List<ReadConcept> positive) {
        if (positive.stream().noneMatch(c -> c.code().equals(code))) {
            lexicon.concept(code).ifPresent(positive::add);
        }
    }

    /**
     * Men and women, unless the person's words show which they are: the concept heard ("other blokes"), or how
     * they are spoken of ("he", "her"); and each of the {@link #OWN_AUDIENCES} the person did not say they are.
     */
    private static List<ReadConcept> otherAudiences(Lexicon lexicon, String whatMatters, List<ReadConcept> positive) {
        List<ReadConcept> others = new ArrayList<>(menOrWomen(lexicon, whatMatters, positive));
        OWN_AUDIENCES.stream().filter(code -> positive.stream().noneMatch(c -> c.code().equals(code)))
                .map(lexicon::concept).flatMap(Optional::stream).forEach(others::add);
        return others;
    }

    private static List<ReadConcept> menOrWomen(Lexicon lexicon, String whatMatters, List<ReadConcept> positive) {
        TokenText words = TokenText.of(whatMatters == null ? "" : whatMatters);
        List<String> known = AUDIENCES.entrySet().stream()
                .filter(a -> positive.stream().anyMatch(c -> c.code().equals(a.getKey()))
                        || a.getValue().stream().map(w -> Phrase.of(w).stems()).anyMatch(stems -> words.contains(
                                stems.getFirst())))
                .map(Map.Entry::getKey).toList();
        if (known.size() != 1) {
            return known.isEmpty() ? AUDIENCES.keySet().stream().sorted().map(lexicon::concept)
                    .flatMap(Optional::stream).toList() : List.of();
        }
        return AUDIENCES.keySet().stream().filter(code -> !known.contains(code)).map(lexicon::concept)
                .flatMap(Optional::stream).toList();
    }

    /**
     * What the person keeps coming back to matters more to them: each further place a topic is heard in adds
     * {@value #EACH_FURTHER_MENTION} of its weight, up to {@value #MOST_MENTIONS_WEIGHT}; a topic heard only as the
     * setting of another counts as little as other words.
     */
    private static double weightAsSaid(Heard heard) {
        if (heard == null) {
            return 1.0;
        }
        if (heard.context()) {
            return CONTEXT_WEIGHT;
        }
        return Math.min(MOST_MENTIONS_WEIGHT, 1 + EACH_FURTHER_MENTION * Math.max(0, heard.mentions() - 1));
    }

    static Topic topicOf(ReadConcept c, double weight) {
        return new Topic(c.code(), c.concept().label(), Set.copyOf(c.concept().needs()), c.words(), weight,
                c.concept().reasonText(), Set.copyOf(c.concept().accessibility()));
    }

    /** A need asked for by code: its services, and the words of the concepts that point to it. */
    private static Topic needTopic(Lexicon lexicon, String code, TaxonomyTerm term) {
        Set<Phrase> words = new LinkedHashSet<>();
        if (term.name() != null) {
            words.add(Phrase.of(term.name()));
        }
        List<ReadConcept> pointing = lexicon.withNeed(code).stream().filter(c -> c.concept().isTopical()).toList();
        pointing.forEach(c -> words.addAll(c.words()));
        String reason = pointing.isEmpty() ? term.name() + ": one of the needs asked for"
                : pointing.getFirst().concept().reasonText();
        return new Topic("need:" + code, term.name(), Set.of(code), List.copyOf(words), 1.0, reason, Set.of());
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1);
    }
}
