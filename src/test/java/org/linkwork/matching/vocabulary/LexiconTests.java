package org.linkwork.matching.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped vocabulary hearing ordinary words, without a database. */
class LexiconTests {

    private final Lexicon lexicon = new Lexicon(1, ShippedVocabulary.read().concepts());

    private List<String> heard(String text) {
        return lexicon.hear(text).positive().stream().map(Heard::code).toList();
    }

    private List<String> heardAgainst(String text) {
        return lexicon.hear(text).negated().stream().map(Heard::code).toList();
    }

    @Test
    void kneesThatHurtOnTheStairsAreAJointNeedAndAMobilityBarrier() {
        assertThat(heard("My knees hurt on the stairs")).contains("msk", "mobility");
        assertThat(lexicon.concept("msk").orElseThrow().concept().needs())
                .contains("msk-friendly-exercise", "chair-based-exercise");
    }

    @Test
    void aWifeWhoDiedAndSeeingNoOneIsBereavementAndLoneliness() {
        assertThat(heard("Since my wife died I don't see anyone")).contains("bereavement", "loneliness");
    }

    @Test
    void cannotGetThereIsATransportBarrierThatBringsCommunityTransportAlongside() {
        assertThat(heard("I can't get there")).contains("transport-barrier");
        assertThat(heard("She cannot get there")).contains("transport-barrier");
        assertThat(lexicon.concept("transport-barrier").orElseThrow().concept().alongside())
                .containsExactly("community-transport");
    }

    @Test
    void wordsAreHeardInAnyOfTheirForms() {
        assertThat(heard("he walks the dog")).contains("walking");
        assertThat(heard("loves walking")).contains("walking");
        assertThat(heard("she used to garden a lot")).contains("gardening");
        assertThat(heard("grows vegetables")).contains("gardening");
    }

    @Test
    void whatIsSaidAfterANotCountsAgainst() {
        assertThat(heardAgainst("I don't like groups")).contains("groups");
        assertThat(heard("I don't like groups")).contains("one-to-one").doesNotContain("groups");
        assertThat(heardAgainst("I'm not lonely")).contains("loneliness");
        assertThat(heard("I'm not lonely")).doesNotContain("loneliness");
        assertThat(heardAgainst("hates singing")).contains("singing-music");
    }

    @Test
    void aNotReachesOnlyWithinItsClause() {
        assertThat(heard("I don't drive, but I love gardening")).contains("gardening", "transport-barrier");
    }

    @Test
    void wordsNoConceptTakesAreKeptForSearchingWithoutSmallTalk() {
        Hearing hearing = lexicon.hear("He would love to do origami again");
        assertThat(hearing.otherWords()).extracting(Hearing.Word::written).contains("origami")
                .doesNotContain("would", "love", "again");
    }

    @Test
    void aReasonDefaultsToTheKindsWords() {
        Concept plain = new Concept(null, "chess", "Chess", ConceptKind.ACTIVITY, List.of("chess"), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, "", true, 0);
        assertThat(plain.reasonText()).isEqualTo("Chess: matches what you enjoy");
    }
}
