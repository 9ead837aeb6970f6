package org.linkwork.matching.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A newer shipped vocabulary brings up to date the concepts nobody edited, adds new ones, and leaves alone what
 * administrators changed or switched off. Each test ships a version of its own above the one applied so far,
 * with only the concepts it is about.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ShippedVocabularyTests {

    @Autowired
    ShippedVocabulary shippedVocabulary;

    @Autowired
    ConceptVocabulary vocabulary;

    @Autowired
    Concepts concepts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConceptNobodyEditedTakesTheNewerShippedWording() {
        Concept walking = stored("walking");
        long revision = concepts.revision();

        shipNext(withPhrase(shipped("walking"), "stretch the legs"));

        Concept updated = stored("walking");
        assertThat(updated.phrases()).contains("stretch the legs").containsAll(walking.phrases());
        assertThat(updated.id()).isEqualTo(walking.id());
        assertThat(concepts.revision()).isGreaterThan(revision);
        assertThat(vocabulary.lexicon().hear("he likes to stretch his legs").positive()).extracting(Heard::code)
                .contains("walking");
        assertThat(auditActions(walking.id())).containsExactly("system matching.concept.add",
                "system matching.concept.change");
    }

    @Test
    void aConceptAnAdministratorEditedKeepsTheirWording() {
        Concept singing = stored("singing-music");
        ConceptDraft edited = ConceptDraft.of(singing);
        List<String> phrases = new ArrayList<>(singing.phrases());
        phrases.add("barbershop");
        vocabulary.change(singing.id(), singing.version(), new ConceptDraft(edited.code(), edited.label(), edited.kind(),
                phrases, edited.needs(), edited.words(), edited.accessibility(), edited.avoid(), edited.alongside(),
                edited.nearby(), edited.reason(), edited.enabled()));
        assertThat(vocabulary.shipsNewerWordingThanEdited(singing.id())).isFalse();

        shipNext(withPhrase(shipped("singing-music"), "glee club"));

        Concept kept = stored("singing-music");
        assertThat(kept.phrases()).contains("barbershop").doesNotContain("glee club");
        assertThat(auditActions(singing.id())).doesNotContain("system matching.concept.change");
    }

    @Test
    void aConceptAnAdministratorSwitchedOffStaysOff() {
        Concept dancing = stored("dancing");
        ConceptDraft off = ConceptDraft.of(dancing);
        vocabulary.change(dancing.id(), dancing.version(), new ConceptDraft(off.code(), off.label(), off.kind(),
                off.phrases(), off.needs(), off.words(), off.accessibility(), off.avoid(), off.alongside(), off.nearby(),
                off.reason(), false));

        shipNext(withPhrase(shipped("dancing"), "line dancing night"));

        Concept kept = stored("dancing");
        assertThat(kept.enabled()).isFalse();
        assertThat(kept.phrases()).doesNotContain("line dancing night");
    }

    @Test
    void conceptsWithNewCodesAreAddedAndAuditedAsTheSystems() {
        Concept chess = new Concept(idOf("chess-test"), "chess-test", "Chess", ConceptKind.ACTIVITY, List.of("chess"),
                List.of(), List.of("chess"), List.of(), List.of(), List.of(), false, "", true, 0);

        shipNext(chess);

        Concept added = stored("chess-test");
        assertThat(added.phrases()).containsExactly("chess");
        assertThat(added.enabled()).isTrue();
        assertThat(auditActions(added.id())).containsExactly("system matching.concept.add");
    }

    @Test
    void aVersionAlreadyAppliedChangesNothingOnTheNextStart() throws Exception {
        Concept oneToOne = stored("one-to-one");
        ShippedVocabulary.Shipped next = new ShippedVocabulary.Shipped(concepts.seededVersion() + 1,
                List.of(withPhrase(shipped("one-to-one"), "someone to pop round")));
        shippedVocabulary.apply(next);
        long revision = concepts.revision();
        Concept afterFirst = stored("one-to-one");

        shippedVocabulary.apply(next);
        shippedVocabulary.run(null);

        assertThat(concepts.revision()).isEqualTo(revision);
        assertThat(stored("one-to-one")).isEqualTo(afterFirst);
        assertThat(auditActions(oneToOne.id())).containsExactly("system matching.concept.add",
                "system matching.concept.change");
    }

    @Test
    void aConceptSavedUnchangedIsNotAnEditAndStillTakesTheNewerShippedWording() {
        Concept cycling = stored("cycling");
        long revision = concepts.revision();

        Concept saved = vocabulary.change(cycling.id(), cycling.version(), ConceptDraft.of(cycling));

        assertThat(saved).isEqualTo(cycling);
        assertThat(concepts.revision()).isEqualTo(revision);
        assertThat(auditActions(cycling.id())).containsExactly("system matching.concept.add");
        shipNext(withPhrase(shipped("cycling"), "a spin on the bike"));
        assertThat(stored("cycling").phrases()).contains("a spin on the bike");
    }

    @Test
    void aConceptEditedHereIsShownWhenLinkworkShipsANewerWordingOfIt() {
        Concept gardening = stored("gardening");
        vocabulary.change(gardening.id(), gardening.version(), ConceptDraft.of(withPhrase(gardening, "my allotment")));
        // as if the wording last shipped before the edit had been an older one than the file's
        jdbc.sql("update matching_concept set shipped_wording = 'an older wording' where id = :id")
                .param("id", gardening.id()).update();

        assertThat(vocabulary.shipsNewerWordingThanEdited(gardening.id())).isTrue();
        assertThat(vocabulary.shipsNewerWordingThanEdited(stored("cooking").id())).isFalse();
    }

    private void shipNext(Concept... shipped) {
        shippedVocabulary.apply(new ShippedVocabulary.Shipped(concepts.seededVersion() + 1, List.of(shipped)));
    }

    private Concept stored(String code) {
        return concepts.findByCode(code).orElseThrow();
    }

    private static Concept shipped(String code) {
        return ShippedVocabulary.read().concept(code).orElseThrow();
    }

    private static Concept withPhrase(Concept c, String phrase) {
        List<String> phrases = new ArrayList<>(c.phrases());
        phrases.add(phrase);
        return new Concept(c.id(), c.code(), c.label(), c.kind(), phrases, c.needs(), c.words(), c.accessibility(),
                c.avoid(), c.alongside(), c.nearby(), c.reason(), c.enabled(), 0);
    }

    private static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("linkwork-matching/" + code).getBytes(StandardCharsets.UTF_8));
    }

    private List<String> auditActions(UUID conceptId) {
        return jdbc.sql("select actor || ' ' || action from audit_event where subject_type = 'concept' and subject_id = :id "
                + "order by id").param("id", conceptId.toString()).query(String.class).list();
    }
}
