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
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link People#registerAll} and {@link People#recordConsents}: what registering people one after
 * the other finds and keeps, done for many at once. Without a signed-in user the calls run as system work.
 */
@SpringBootTest
class BatchRegistrationTests {

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchFindsWhatRegisteringOneAfterTheOtherWouldFind() {
        LocalDate born = birthDate();
        String nhs = nhsNumber();
        List<Optional<Registration>> results = people.registerAll(List.of(
                person("Araminta", "Gladstone", born, nhs, "HX1 1UJ"),
                person("Araminta", "Gladstone", born, nhs, "HX1 1UJ"),
                person("Bartholomew", "Gladstone", born, "999 000 0027", null),
                person("Aramintha", "Gladstone", born, null, "HX1 2AB")));

        Registration first = results.get(0).orElseThrow();
        assertThat(first.existing()).isFalse();
        assertThat(results.get(1)).hasValueSatisfying(same -> {
            assertThat(same.existing()).isTrue();
            assertThat(same.personId()).isEqualTo(first.personId());
        });
        assertThat(results.get(2)).as("an NHS number with a wrong check digit").isEmpty();
        assertThat(results.get(3)).hasValueSatisfying(similar -> {
            assertThat(similar.existing()).isFalse();
            assertThat(similar.possibleDuplicates()).singleElement().satisfies(flag -> {
                assertThat(flag.personId()).isEqualTo(first.personId());
                assertThat(flag.otherId()).isEqualTo(similar.personId());
                assertThat(flag.reason()).isEqualTo(PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH_DATE_AND_POSTCODE);
            });
        });
        assertThat(jdbc.sql("select given_name from person where birth_date = :born order by given_name")
                .param("born", born).query(String.class).list()).containsExactly("Araminta", "Aramintha");
        assertThat(jdbc.sql("select reason from audit_event where action = 'person.register' and subject_id = :id order by id")
                .param("id", first.personId().toString()).query(String.class).list())
                .containsExactly("registration", "registration matched an existing record");
    }

    @Test
    void aBatchMatchesARecordRegisteredBefore() {
        LocalDate born = birthDate();
        String nhs = nhsNumber();
        PersonId before = people.register(person("Cornelius", "Ashworth", born, nhs, null)).personId();

        List<Optional<Registration>> results = people.registerAll(List.of(
                person("Cornelius", "Ashworth", born, nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6), null),
                person("Cornelius", "Ashworth", born.plusDays(1), nhs, null)));

        assertThat(results.get(0)).hasValueSatisfying(r -> {
            assertThat(r.existing()).isTrue();
            assertThat(r.personId()).isEqualTo(before);
        });
        assertThat(results.get(1)).hasValueSatisfying(other -> assertThat(other.possibleDuplicates())
                .extracting(PossibleDuplicate::reason).containsExactly(PossibleDuplicate.Reason.SAME_NHS_NUMBER));
    }

    @Test
    void recordsEachConsentDecisionAndAuditsIt() {
        PersonId ada = people.register(person("Ada", "Thwaite", birthDate(), null, null)).personId();
        PersonId bo = people.register(person("Bo", "Thwaite", birthDate(), null, null)).personId();

        people.recordConsents(List.of(
                new ConsentDecision(ada, Consent.Scope.REFERRAL, Optional.empty(), true, "Confirmed by the referrer"),
                new ConsentDecision(bo, Consent.Scope.SHARE_WITH_ORGANISATION,
                        Optional.of(new Consent.Organisation("org-1", " Calder Walkers ")), true, null)));

        assertThat(people.hasConsent(ada, Consent.Scope.REFERRAL, Optional.empty())).isTrue();
        assertThat(people.consents(bo, "test")).singleElement()
                .satisfies(c -> assertThat(c.organisation()).contains(new Consent.Organisation("org-1", "Calder Walkers")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'person.consent.record' and subject_id in (:ids)")
                .param("ids", List.of(ada.toString(), bo.toString())).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void recordsNoConsentDecisionWhenOneIsNotValid() {
        PersonId cy = people.register(person("Cy", "Thwaite", birthDate(), null, null)).personId();

        assertThatThrownBy(() -> people.recordConsents(List.of(
                new ConsentDecision(cy, Consent.Scope.REFERRAL, Optional.empty(), true, null),
                new ConsentDecision(cy, Consent.Scope.SHARE_WITH_ORGANISATION, Optional.empty(), true, null))))
                .isInstanceOf(InvalidInput.class);
        assertThat(people.consents(cy, "test")).isEmpty();
    }
}
