package org.linkwork.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkwork.people.Person;

class NameSimilarityTests {

    private static Person.Name name(String given, String family) {
        return new Person.Name(given, family, null);
    }

    @Test
    void typingErrorsInEitherNameStillMatch() {
        assertThat(NameSimilarity.similar(name("Bethany", "Smyth"), name("Bethany", "Smith"))).isTrue();
        assertThat(NameSimilarity.similar(name("Jon", "Quill"), name("John", "Quill"))).isTrue();
    }

    @Test
    void shortFormsAccentsHyphensAndApostrophesMatch() {
        assertThat(NameSimilarity.similar(name("Sam", "O'Quill"), name("Samantha", "Oquill"))).isTrue();
        assertThat(NameSimilarity.similar(name("Zoë", "Pennywhistle-Brook"), name("Zoe", "Pennywhistle Brook"))).isTrue();
    }

    @Test
    void namesEnteredTheWrongWayRoundMatch() {
        assertThat(NameSimilarity.similar(name("Quill", "Bethany"), name("Bethany", "Quill"))).isTrue();
    }

    @Test
    void aPreferredNameMatchesTheGivenNameOnTheOtherRecord() {
        assertThat(NameSimilarity.similar(new Person.Name("Elizabeth", "Quill", "Betty"), name("Betty", "Quill")))
                .isTrue();
    }

    @Test
    void differentNamesDoNotMatch() {
        assertThat(NameSimilarity.similar(name("Bethany", "Quill"), name("Oliver", "Quill"))).isFalse();
        assertThat(NameSimilarity.similar(name("Bethany", "Jones"), name("Bethany", "James"))).isFalse();
    }

    @Test
    void jaroWinklerGivesOneForTheSameAndZeroForNothingInCommon() {
        assertThat(NameSimilarity.jaroWinkler("quill", "quill")).isEqualTo(1.0);
        assertThat(NameSimilarity.jaroWinkler("abc", "xyz")).isZero();
        assertThat(NameSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
    }
}
