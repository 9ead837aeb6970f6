package org.linkwork.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkwork.people.TestPeople.birthDate;
import static org.linkwork.people.TestPeople.nhsNumber;
import static org.linkwork.people.TestPeople.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The People service on PostgreSQL. Without a signed-in user the calls run as system work; the
 * access tests sign in with a role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PeopleTests {

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private PersonId register(PersonDetails details) {
        return people.register(details).personId();
    }

    private static List<String> fieldsAtFault(Throwable e) {
        return ((InvalidInput) e).problems().stream().map(InvalidInput.FieldProblem::field).toList();
    }

    @Test
    void registersAPersonWithEveryDetailNormalisedAndLocated() {
        String nhs = nhsNumber();
        LocalDate born = birthDate();
        PersonDetails details = TestPeople.everything("Beatrix", "Quillfeather", born,
                nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6));

        Registration registration = people.register(details);
        Person person = people.read(registration.personId(), "test");

        assertThat(registration.existing()).isFalse();
        assertThat(registration.possibleDuplicates()).isEmpty();
        assertThat(person.nhsNumber()).contains(new NhsNumber(nhs));
        assertThat(person.birthDate()).isEqualTo(born);
        assertThat(person.placeId()).isEqualTo("calderdale");
        assertThat(person.address().postcode()).isEqualTo("HX1 1UJ");
        assertThat(person.area().wardCode()).contains("E05001386");
        assertThat(person.contact().methods()).containsExactlyInAnyOrder(ContactMethod.TEXT, ContactMethod.LETTER);
        assertThat(person.demographics().sex()).contains(Sex.FEMALE);
        assertThat(person.demographics().ethnicity()).contains(EthnicCategory.Z);
        assertThat(person.demographics().interpreterNeeded()).isTrue();
        assertThat(person.longTermConditions()).containsExactlyInAnyOrder(LongTermCondition.BACK_PAIN,
                LongTermCondition.DIABETES);
        assertThat(person.longTermConditions()).anyMatch(LongTermCondition::isMusculoskeletal);
        assertThat(person.gpPractice()).contains(new Person.GpPractice("B84001", "Imaginary Lane Surgery"));
        assertThat(person.version()).isZero();
    }

    @Test
    void refusesAnNhsNumberWithAWrongCheckDigitNamingTheField() {
        assertThatThrownBy(() -> people.register(person("Cedric", "Quillfeather", birthDate(), "999 000 0027", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(fieldsAtFault(e)).containsExactly("nhsNumber");
                    assertThat(e.problems().getFirst().message()).contains("not a valid NHS number");
                });
    }

    @Test
    void refusesAnNhsNumberOfOneDigitRepeated() {
        assertThatThrownBy(() -> people.register(person("Cedric", "Quillfeather", birthDate(), "444 444 4444", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(fieldsAtFault(e)).containsExactly("nhsNumber");
                    assertThat(e.problems().getFirst().message()).contains("real NHS number")
                            .doesNotContain("4444444444");
                });
    }

    @Test
    void registersSelfReferrersWithoutAnNhsNumberOrPostcode() {
        PersonId id = register(person("Dorcas", "Inkwell", birthDate(), null, null));

        Person person = people.read(id, "test");
        assertThat(person.nhsNumber()).isEmpty();
        assertThat(person.area()).isEqualTo(Person.Area.UNKNOWN);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        PersonDetails details = new PersonDetails(null, new Person.Name("Eli3", " ", null),
                LocalDate.now().plusDays(2), "123", new Person.Address(null, null, null, "LS1 4AP"),
                new Person.Contact("12345", "01632 960 001", "not-an-email", java.util.Set.of(ContactMethod.TEXT), null),
                null, null, Optional.of(new Person.GpPractice("12", null)));

        assertThatThrownBy(() -> people.register(details)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(fieldsAtFault(e)).containsExactlyInAnyOrder("givenName", "familyName", "birthDate",
                        "nhsNumber", "postcode", "phone", "mobile", "email", "gpPracticeCode"));
    }

    @Test
    void refusesABirthDateMoreThan120YearsAgo() {
        assertThatThrownBy(() -> people.register(person("Fenella", "Inkwell", LocalDate.now().minusYears(121), null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fieldsAtFault(e)).containsExactly("birthDate"));
    }

    @Test
    void theSameNhsNumberAndBirthDateFindsTheExistingRecordInsteadOfMakingASecond() {
        String nhs = nhsNumber();
        LocalDate born = birthDate();
        PersonId first = register(person("Gideon", "Parchment", born, nhs, "HX1 1UJ"));

        Registration again = people.register(person("Gideon", "Parchment", born, nhs, null));

        assertThat(again.existing()).isTrue();
        assertThat(again.personId()).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from person where nhs_number = :n").param("n", nhs).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theSameNhsNumberWithAnotherBirthDateIsFlaggedNotRefused() {
        String nhs = nhsNumber();
        PersonId first = register(person("Hester", "Parchment", birthDate(), nhs, null));

        Registration second = people.register(person("Hester", "Parchment", birthDate(), nhs, null));

        assertThat(second.existing()).isFalse();
        assertThat(second.possibleDuplicates()).singleElement().satisfies(flag -> {
            assertThat(flag.personId()).isEqualTo(first);
            assertThat(flag.otherId()).isEqualTo(second.personId());
            assertThat(flag.reason()).isEqualTo(PossibleDuplicate.Reason.SAME_NHS_NUMBER);
        });
        assertThat(people.possibleDuplicates()).anyMatch(f -> f.otherId().equals(second.personId()));
    }

    @Test
    void theSameBirthDateWithASimilarNameAndPostcodeIsFlagged() {
        LocalDate born = birthDate();
        PersonId first = register(person("Isadora", "Wickham", born, null, "HX1 1UJ"));

        Registration second = people.register(person("Isadorah", "Wickam", born, nhsNumber(), "hx1 2ab"));

        assertThat(second.possibleDuplicates()).singleElement().satisfies(flag -> {
            assertThat(flag.personId()).isEqualTo(first);
            assertThat(flag.reason()).isEqualTo(PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH_DATE_AND_POSTCODE);
        });
    }

    @Test
    void aSimilarNameWithAnotherBirthDateIsNotFlagged() {
        LocalDate born = birthDate();
        register(person("Jasper", "Wickham", born, null, "HX1 1UJ"));

        Registration second = people.register(person("Jasper", "Wickham", born.plusDays(1), null, "HX1 1UJ"));

        assertThat(second.possibleDuplicates()).isEmpty();
    }

    @Test
    void aSimilarNameAndBirthDateInAnotherPostcodeAreaIsNotFlagged() {
        LocalDate born = birthDate();
        register(person("Kezia", "Wickham", born, null, "HX1 1UJ"));

        assertThat(people.register(person("Kezia", "Wickham", born, null, "HX7 5AB")).possibleDuplicates()).isEmpty();
    }

    @Test
    void differentNhsNumbersAreDifferentPeopleWhateverTheirNames() {
        LocalDate born = birthDate();
        register(person("Lorcan", "Wickham", born, nhsNumber(), "HX1 1UJ"));

        assertThat(people.register(person("Lorcan", "Wickham", born, nhsNumber(), "HX1 1UJ")).possibleDuplicates())
                .isEmpty();
    }

    @Test
    void mergingLeadsReadsOfTheDuplicateToTheKeptRecordAndKeepsAllHistory() {
        LocalDate born = birthDate();
        String nhs = nhsNumber();
        PersonId keep = register(person("Marisol", "Fountain", born, null, "HX1 1UJ"));
        PersonId duplicate = people.register(PersonDetails.basic("Marisol", "Fontain", born, nhs, "HX1 1UJ", null,
                "marisol@example.com")).personId();
        people.recordConsent(keep, Consent.Scope.EVALUATION, Optional.empty(), true, null);
        people.recordConsent(duplicate, Consent.Scope.CONTACT_BY_TEXT, Optional.empty(), true, "on the phone");
        assertThat(people.possibleDuplicates()).anyMatch(f -> f.personId().equals(keep) && f.otherId().equals(duplicate));

        people.merge(keep, duplicate);

        Person read = people.read(duplicate, "test");
        assertThat(read.id()).isEqualTo(keep);
        assertThat(read.name().family()).isEqualTo("Fountain");
        assertThat(read.nhsNumber()).contains(new NhsNumber(nhs));
        assertThat(read.contact().email()).isEqualTo("marisol@example.com");
        assertThat(people.resolve(duplicate)).contains(keep);
        assertThat(people.consents(keep, "test")).extracting(Consent::scope)
                .containsExactly(Consent.Scope.EVALUATION, Consent.Scope.CONTACT_BY_TEXT);
        assertThat(people.hasConsent(duplicate, Consent.Scope.CONTACT_BY_TEXT, Optional.empty())).isTrue();
        assertThat(people.possibleDuplicates()).noneMatch(f -> f.otherId().equals(duplicate) || f.personId().equals(duplicate));
        assertThat(jdbc.sql("select status from person_possible_duplicate where other_id = :d")
                .param("d", duplicate.value()).query(String.class).single()).isEqualTo("merged");
        assertThat(jdbc.sql("select family_name from person where id = :d").param("d", duplicate.value())
                .query(String.class).single()).as("the duplicate's own record is kept").isEqualTo("Fontain");
    }

    @Test
    void aRecordMergedAwayCannotBeMergedAgain() {
        LocalDate born = birthDate();
        PersonId keep = register(person("Nerys", "Fountain", born, null, "HX1 1UJ"));
        PersonId duplicate = register(person("Nerys", "Fountain", born, null, "HX1 1UJ"));
        people.merge(keep, duplicate);

        assertThatThrownBy(() -> people.merge(keep, duplicate)).isInstanceOf(PersonChangedConcurrently.class);
    }

    @Test
    void aDismissedPairIsNotFlaggedAgain() {
        LocalDate born = birthDate();
        PersonId first = register(person("Ottilie", "Fountain", born, null, "HX1 1UJ"));
        PersonId second = register(person("Ottilie", "Fountain", born, null, "HX1 1UJ"));

        people.dismissPossibleDuplicate(first, second);
        Person read = people.read(second, "test");
        people.update(second, read.version(), read.details());

        assertThat(people.possibleDuplicates()).noneMatch(f -> f.otherId().equals(second));
        assertThatThrownBy(() -> people.dismissPossibleDuplicate(first, second)).isInstanceOf(NotFound.class);
    }

    @Test
    void withdrawingConsentStopsItFromThenOnAndKeepsTheHistory() {
        PersonId id = register(person("Peregrine", "Ledger", birthDate(), null, null));
        people.recordConsent(id, Consent.Scope.CONTACT_BY_TEXT, Optional.empty(), true, null);
        assertThat(people.hasConsent(id, Consent.Scope.CONTACT_BY_TEXT, Optional.empty())).isTrue();

        people.recordConsent(id, Consent.Scope.CONTACT_BY_TEXT, Optional.empty(), false, "asked for no texts");

        assertThat(people.hasConsent(id, Consent.Scope.CONTACT_BY_TEXT, Optional.empty())).isFalse();
        assertThat(people.consents(id, "test")).extracting(Consent::given).containsExactly(true, false);
        assertThat(people.consents(id, "test").getLast().recordedBy()).isEqualTo("system");
    }

    @Test
    void sharingIsAgreedOrganisationByOrganisation() {
        PersonId id = register(person("Quentin", "Ledger", birthDate(), null, null));
        people.recordConsent(id, Consent.Scope.SHARE_WITH_ORGANISATION,
                Optional.of(new Consent.Organisation("org-walking", "Imaginary Walking Group")), true, null);

        assertThat(people.hasConsent(id, Consent.Scope.SHARE_WITH_ORGANISATION, Optional.of("org-walking"))).isTrue();
        assertThat(people.hasConsent(id, Consent.Scope.SHARE_WITH_ORGANISATION, Optional.of("org-choir"))).isFalse();
        assertThat(people.hasConsent(id, Consent.Scope.EVALUATION, Optional.empty())).isFalse();
        assertThatThrownBy(() -> people.recordConsent(id, Consent.Scope.SHARE_WITH_ORGANISATION, Optional.empty(),
                true, null)).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(fieldsAtFault(e)).contains("organisationId", "organisationName"));
    }

    @Test
    void consentDecisionsCannotBeChangedAfterwards() {
        PersonId id = register(person("Rosalind", "Ledger", birthDate(), null, null));
        people.recordConsent(id, Consent.Scope.EVALUATION, Optional.empty(), true, null);

        assertThatThrownBy(() -> jdbc.sql("update person_consent set given = false where person_id = :id")
                .param("id", id.value()).update()).hasMessageContaining("append-only");
    }

    @Test
    void everyReadIsAuditedWithItsReason() {
        PersonId id = register(person("Septimus", "Ledger", birthDate(), null, null));

        people.read(id, "triage");
        people.read(id, "triage");
        people.consents(id, "care review");
        people.summary(id, "onward referral");

        assertThat(auditCount(id, "person.read", "triage")).isEqualTo(2);
        assertThat(auditCount(id, "person.consents.read", "care review")).isEqualTo(1);
        assertThat(auditCount(id, "person.summary.read", "onward referral")).isEqualTo(1);
        assertThatThrownBy(() -> people.read(id, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summariesOfAListAreReadTogetherInOrderFollowingMergesAndAuditedEach() {
        PersonId first = register(person("Octavia", "Ledger", birthDate(), null, null));
        PersonId second = register(person("Barnaby", "Ledger", birthDate(), null, null));

        List<PersonSummary> read = people.summaries(List.of(second, first), "triage queue");

        assertThat(read).extracting(PersonSummary::id).containsExactly(second, first);
        assertThat(read).extracting(s -> s.name().given()).containsExactly("Barnaby", "Octavia");
        assertThat(read).allSatisfy(s -> assertThat(s.howToReach()).isPresent());
        assertThat(auditCount(first, "person.summary.read", "triage queue")).isEqualTo(1);
        assertThat(auditCount(second, "person.summary.read", "triage queue")).isEqualTo(1);
        assertThatThrownBy(() -> people.summaries(List.of(first, new PersonId(java.util.UUID.randomUUID())), "triage"))
                .isInstanceOf(org.linkwork.platform.NotFound.class);
    }

    @Test
    void aSecondUpdateFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        PersonId id = register(person("Tamsin", "Quire", birthDate(), null, null));
        Person read = people.read(id, "test");
        PersonDetails first = new PersonDetails(null, new Person.Name("Tamsin", "Quire", "Tam"), read.birthDate(),
                null, read.address(), read.contact(), read.demographics(), read.longTermConditions(), read.gpPractice());
        PersonDetails second = new PersonDetails(null, new Person.Name("Tamsin", "Quire-Lamb", null), read.birthDate(),
                null, read.address(), read.contact(), read.demographics(), read.longTermConditions(), read.gpPractice());

        Person saved = people.update(id, read.version(), first);

        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> people.update(id, read.version(), second)).isInstanceOf(PersonChangedConcurrently.class);
        Person now = people.read(id, "test");
        assertThat(now.name()).isEqualTo(new Person.Name("Tamsin", "Quire", "Tam"));
        assertThat(now.version()).isEqualTo(saved.version());
    }

    @Test
    void anUpdateIsCheckedLikeARegistration() {
        PersonId id = register(person("Ulric", "Quire", birthDate(), null, null));
        Person read = people.read(id, "test");
        PersonDetails bad = new PersonDetails(null, read.name(), read.birthDate(), "999 000 0027",
                new Person.Address(null, null, null, "not a postcode"), read.contact(), read.demographics(),
                read.longTermConditions(), read.gpPractice());

        assertThatThrownBy(() -> people.update(id, read.version(), bad)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(fieldsAtFault(e)).containsExactlyInAnyOrder("nhsNumber", "postcode"));
        assertThat(people.read(id, "test").version()).isEqualTo(read.version());
    }

    @Test
    void readingSomeoneWhoDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> people.read(PersonId.random(), "test")).isInstanceOf(NotFound.class);
        assertThat(people.resolve(PersonId.random())).isEmpty();
    }

    @Test
    @WithMockUser(username = "commissioner", roles = "COMMISSIONER")
    void aCommissionerSeesNoPersonAtAll() {
        PersonId id = someone();

        assertThatThrownBy(() -> people.read(id, "curious")).isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.summary(id, "curious")).isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.consents(id, "curious")).isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.hasConsent(id, Consent.Scope.EVALUATION, Optional.empty()))
                .isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.possibleDuplicates()).isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.register(person("Vita", "Quire", birthDate(), null, null)))
                .isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.resolve(id)).isInstanceOf(PersonAccessRefused.class);
        assertThat(auditCount(id, "person.read", "curious")).isZero();
    }

    @Test
    @WithMockUser(username = "provider", roles = "PROVIDER")
    void aProviderMayNotReadFullRecordsNorSeeThoseWhoDidNotAgreeToShare() {
        PersonId id = someone();

        assertThatThrownBy(() -> people.read(id, "curious")).isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.update(id, 0, person("Vita", "Quire", birthDate(), null, null)))
                .isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.summary(id, "onward referral")).isInstanceOf(PersonAccessRefused.class);
    }

    @Test
    @WithMockUser(username = "referrer", roles = "REFERRER")
    void aReferrerRegistersPeopleAndSeesOnlyWhoTheyAre() {
        Registration registration = people.register(person("Wilhelmina", "Quire", birthDate(), nhsNumber(), "HX1 1UJ"));
        people.recordConsent(registration.personId(), Consent.Scope.REFERRAL, Optional.empty(), true, null);

        PersonSummary summary = people.summary(registration.personId(), "referral status");

        assertThat(summary.name().family()).isEqualTo("Quire");
        assertThat(summary.howToReach()).isEmpty();
        assertThat(people.hasConsent(registration.personId(), Consent.Scope.REFERRAL, Optional.empty())).isTrue();
        assertThatThrownBy(() -> people.read(registration.personId(), "curious")).isInstanceOf(PersonAccessRefused.class);
        assertThatThrownBy(() -> people.consents(registration.personId(), "curious"))
                .isInstanceOf(PersonAccessRefused.class);
        assertThat(jdbc.sql("select recorded_by from person_consent where person_id = :id")
                .param("id", registration.personId().value()).query(String.class).single()).isEqualTo("referrer");
    }

    @Test
    @WithMockUser(username = "linkworker", roles = "LINK_WORKER")
    void aLinkWorkersReadsAreAuditedUnderTheirName() {
        PersonId id = register(person("Xanthe", "Quire", birthDate(), null, null));

        people.read(id, "caseload");

        assertThat(jdbc.sql("""
                select actor from audit_event where subject_type = 'person' and subject_id = :id and action = 'person.read'
                """).param("id", id.toString()).query(String.class).list()).containsExactly("linkworker");
    }

    @Test
    void nothingAboutAPersonIsLogged(CapturedOutput output) {
        String nhs = nhsNumber();
        LocalDate born = birthDate();
        PersonId id = register(person("Zephyrine", "Marchbanks", born, nhs, "HX1 1UJ"));
        PersonId other = register(person("Zephyrine", "Marchbank", born, null, "HX1 1UJ"));
        people.read(id, "test");
        assertThatThrownBy(() -> people.register(person("Zephyrine", "Marchbanks", born, "999 999 9999", null)))
                .isInstanceOf(InvalidInput.class);
        people.merge(id, other);

        assertThat(output.getAll()).doesNotContain("Zephyrine", "Marchbank", nhs, "9999999999", born.toString());
    }

    /** A person registered as system work, whoever the test signs in as. */
    private PersonId someone() {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        context.setAuthentication(null);
        try {
            return register(person("Yestin", "Quire", birthDate(), null, null));
        } finally {
            context.setAuthentication(authentication);
        }
    }

    private long auditCount(PersonId id, String action, String reason) {
        return jdbc.sql("""
                select count(*) from audit_event
                where subject_type = 'person' and subject_id = :id and action = :action and reason = :reason
                """)
                .param("id", id.toString())
                .param("action", action)
                .param("reason", reason)
                .query(Long.class)
                .single();
    }
}
