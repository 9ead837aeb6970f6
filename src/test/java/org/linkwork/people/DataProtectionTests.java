package org.linkwork.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.platform.InvalidInput;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.TestOnwardReferrals;
import org.linkwork.referrals.TestReferrals;
import org.linkwork.referrals.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Subject access, rectification, erasure and restriction across modules people and referrals, on
 * PostgreSQL, called as the people who would: a referrer refers, a link worker works, an administrator
 * decides.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataProtectionTests {

    /** Every table of people and referrals that holds something about a person, and the audit log. */
    private static final List<String> TABLES = List.of("person", "person_consent", "person_possible_duplicate",
            "person_rectification", "data_protection_request", "referral", "referral_event", "referral_contact",
            "referral_appointment", "referral_note", "referral_discharge", "onward_referral", "onward_referral_history",
            "onward_referral_attendance", "audit_event", "notification");

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    People people;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestReferrals.signOut();
    }

    /** A person referred on to the demo provider's service, with a note, read once by the link worker. */
    private PersonId referredPerson(String givenName, String nhsNumber) {
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        OnwardReferral referral = onward.referOn(givenName, nhsNumber, onward.providersService().id(), true);
        TestReferrals.signIn(users, "linkworker");
        referrals.addNote(referral.referralId(), givenName + " would like her daughter Hester to come along");
        PersonId id = referrals.referral(referral.referralId(), "test").referral().personId();
        people.read(id, "check before calling");
        TestReferrals.signOut();
        return id;
    }

    private static Stream<PersonalData.Entry> all(PersonalData part) {
        return part.entries().stream().flatMap(DataProtectionTests::withinEntry);
    }

    private static Stream<PersonalData.Entry> withinEntry(PersonalData.Entry entry) {
        return Stream.concat(Stream.of(entry), entry.entries().stream().flatMap(DataProtectionTests::withinEntry));
    }

    private static Optional<String> field(PersonalData.Entry entry, String name) {
        return entry.fields().stream().filter(f -> f.name().equals(name)).findFirst().map(PersonalData.Field::value);
    }

    private static PersonalData part(SubjectAccessExport export, String source) {
        return export.sources().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void anExportHoldsTheRecordConsentsReferralsOnwardReferralsNotesAndWhoReadThem() {
        String nhs = TestPeople.nhsNumber();
        PersonId id = referredPerson("Ottoline", nhs);

        TestReferrals.signIn(users, "admin");
        SubjectAccessExport export = subjectAccess.export(id, "SAR 2026-041");

        assertThat(export.format()).isEqualTo(SubjectAccessExport.FORMAT);
        assertThat(export.producedBy()).isEqualTo("admin");
        assertThat(export.sources()).extracting(PersonalData::source).containsExactly("person", "person-audit", "referrals", "care-plans");
        PersonalData.Entry record = part(export, "person").entries().getFirst();
        assertThat(field(record, "givenName")).contains("Ottoline");
        assertThat(field(record, "nhsNumber")).contains(new NhsNumber(nhs).formatted());
        assertThat(all(part(export, "person")).filter(e -> e.kind().equals("consent")))
                .extracting(e -> field(e, "scope").orElseThrow())
                .contains("REFERRAL", "SHARE_WITH_ORGANISATION");
        List<PersonalData.Entry> referralParts = all(part(export, "referrals")).toList();
        assertThat(referralParts).extracting(PersonalData.Entry::kind)
                .contains("referral", "history", "note", "onward-referral", "onward-status", "audit-event");
        assertThat(referralParts.stream().filter(e -> e.kind().equals("note")))
                .anySatisfy(note -> assertThat(field(note, "text").orElseThrow()).contains("daughter Hester"));
        assertThat(part(export, "person-audit").entries())
                .anySatisfy(read -> {
                    assertThat(field(read, "action")).contains("person.read");
                    assertThat(field(read, "actor")).contains("linkworker");
                    assertThat(field(read, "reason")).contains("check before calling");
                });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'person.subject-access.export' and subject_id = :id")
                .param("id", id.toString()).query(Long.class).single()).isOne();
    }

    @Test
    void onlyAdministratorsMayExport() {
        PersonId id = referredPerson("Perpetua", TestPeople.nhsNumber());

        TestReferrals.signIn(users, "linkworker");
        assertThatThrownBy(() -> subjectAccess.export(id, "curious")).isInstanceOf(PersonAccessRefused.class);
        TestReferrals.signIn(users, "admin");
        assertThatThrownBy(() -> subjectAccess.export(id, " ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("reason"));
    }

    @Test
    void eachChangeToARecordIsRecordedAsARectificationWithItsReasonAndShownInTheExport() {
        PersonId id = referredPerson("Rosalind", TestPeople.nhsNumber());
        TestReferrals.signIn(users, "linkworker");
        Person person = people.read(id, "edit");
        PersonDetails corrected = new PersonDetails(person.placeId(), person.name(), person.birthDate(),
                person.nhsNumber().map(NhsNumber::value).orElse(null), person.address(),
                new Person.Contact("01632 960 777", person.contact().mobile(), person.contact().email(),
                        person.contact().methods(), person.contact().times()),
                person.demographics(), person.longTermConditions(), person.gpPractice());

        people.update(id, person.version(), corrected, "She told us the number was mistyped");

        TestReferrals.signIn(users, "admin");
        assertThat(all(part(subjectAccess.export(id, "SAR"), "person")).filter(e -> e.kind().equals("rectification")))
                .singleElement().satisfies(r -> {
                    assertThat(field(r, "fields")).contains("phone");
                    assertThat(field(r, "reason")).contains("She told us the number was mistyped");
                    assertThat(field(r, "recordedBy")).contains("linkworker");
                });
    }

    @Test
    void anErasureCarriedOutLeavesNoNameNhsNumberOrNoteInAnyOfThePersonsRowsButKeepsTheAuditLog() {
        String nhs = TestPeople.nhsNumber();
        PersonId id = referredPerson("Quenburga", nhs);
        long auditEvents = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        TestReferrals.signIn(users, "admin");
        DataProtectionRequest request = dataProtection.decide(id, new DataProtectionRequest.Decided(
                DataProtectionRequest.Kind.ERASURE, LocalDate.now().minusDays(3),
                DataProtectionRequest.Decision.CARRIED_OUT, Optional.empty(), null));

        assertThat(request.decidedBy()).isEqualTo("admin");
        for (String table : TABLES) {
            for (String identifying : List.of("Quenburga", nhs)) {
                assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like :text")
                        .param("text", "%" + identifying + "%").query(Long.class).single())
                        .as(identifying + " in " + table).isZero();
            }
        }
        // Every test person has the same address and email: this person's own row must hold neither; the note
        // about them named them, so it went with the name above.
        assertThat(jdbc.sql("select t::text from person t where id = :id").param("id", id.value())
                .query(String.class).single()).doesNotContain("Imaginary Row", "bea@example.com", "01632 960 001");
        assertThat(jdbc.sql("select erased_because from person where id = :id").param("id", id.value())
                .query(String.class).single()).isEqualTo("request");
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isGreaterThan(auditEvents);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = :id and action = 'person.read'")
                .param("id", id.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void aRefusalMustNameTheLegalExceptionAndSayWhyAndErasesNothing() {
        String nhs = TestPeople.nhsNumber();
        PersonId id = referredPerson("Cordelia", nhs);
        TestReferrals.signIn(users, "admin");

        assertThatThrownBy(() -> dataProtection.decide(id, new DataProtectionRequest.Decided(
                DataProtectionRequest.Kind.ERASURE, LocalDate.now(), DataProtectionRequest.Decision.REFUSED,
                Optional.empty(), " "))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder("legalException", "justification"));
        dataProtection.decide(id, new DataProtectionRequest.Decided(DataProtectionRequest.Kind.ERASURE, LocalDate.now(),
                DataProtectionRequest.Decision.REFUSED, Optional.of(LegalException.LEGAL_CLAIMS),
                "A complaint about the service is open"));

        assertThat(people.read(id, "check").nhsNumber()).contains(new NhsNumber(nhs));
        assertThat(all(part(subjectAccess.export(id, "SAR"), "person"))
                .filter(e -> e.kind().equals("data-protection-request")))
                .singleElement().satisfies(r -> {
                    assertThat(field(r, "decision")).contains("Refused");
                    assertThat(field(r, "legalException")).hasValueSatisfying(l -> assertThat(l).contains("Art. 17(3)(e)"));
                });
    }

    @Test
    void aRestrictionStopsAllWorkAndNewReferralsAndLeavesReadingToAdministratorsUntilLifted() {
        String nhs = TestPeople.nhsNumber();
        PersonId id = referredPerson("Araminta", nhs);
        TestReferrals.signIn(users, "linkworker");
        var referral = jdbc.sql("select id from referral where person_id = :id").param("id", id.value())
                .query(java.util.UUID.class).single();
        LocalDate born = people.read(id, "birth date").birthDate();

        TestReferrals.signIn(users, "admin");
        dataProtection.decide(id, new DataProtectionRequest.Decided(DataProtectionRequest.Kind.RESTRICTION,
                LocalDate.now(), DataProtectionRequest.Decision.CARRIED_OUT, Optional.empty(), null));
        assertThat(people.read(id, "admin check").name().given()).isEqualTo("Araminta");

        TestReferrals.signIn(users, "linkworker");
        var referralToWorkOn = new org.linkwork.referrals.ReferralId(referral);
        assertThatThrownBy(() -> referrals.addNote(referralToWorkOn, "Called")).isInstanceOf(ProcessingRestricted.class);
        assertThatThrownBy(() -> people.read(id, "look")).isInstanceOf(ProcessingRestricted.class);
        assertThatThrownBy(() -> referrals.referral(referralToWorkOn, "look")).isInstanceOf(ProcessingRestricted.class);
        TestReferrals.signIn(users, "referrer");
        assertThatThrownBy(() -> referrals.receive(new NewReferral(
                TestPeople.person("Araminta", TestOnwardReferrals.FAMILY_NAME, born, nhs, "HX1 1UJ"), Source.GP,
                "Again", null, List.of(), Urgency.ROUTINE, true, NewReferral.Door.REFERRAL_FORM)))
                .isInstanceOf(ProcessingRestricted.class);
        assertThat(jdbc.sql("select count(*) from referral where person_id = :id").param("id", id.value())
                .query(Long.class).single()).isOne();

        TestReferrals.signIn(users, "admin");
        dataProtection.liftRestriction(id, "Accuracy confirmed with her");
        TestReferrals.signIn(users, "linkworker");
        assertThat(referrals.addNote(referralToWorkOn, "Called again").text()).isEqualTo("Called again");
    }
}
