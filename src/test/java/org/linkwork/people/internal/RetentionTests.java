package org.linkwork.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalDataSource.ClosedRecord;
import org.linkwork.people.People;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.DischargeReason;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.TestClock;
import org.linkwork.referrals.TestReferrals;
import org.linkwork.referrals.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The retention rules with the clock moved on. A context of its own (the batch setting makes it one),
 * because a run lets go of every record that is due, other tests' people included.
 */
@SpringBootTest(properties = "linkwork.retention.batch=450")
@Import(TestClock.Configuration.class)
class RetentionTests {

    @Autowired
    Retention retention;

    @Autowired
    Referrals referrals;

    @Autowired
    People people;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestReferrals.signOut();
    }

    private Receipt refer(String givenName) {
        TestReferrals.signIn(users, "referrer");
        return referrals.receive(new NewReferral(TestPeople.person(givenName, "Thistlewood", TestPeople.birthDate(),
                TestPeople.nhsNumber(), "HX1 1UJ"), Source.GP, givenName + " would like company", null, List.of(),
                Urgency.ROUTINE, true, NewReferral.Door.REFERRAL_FORM));
    }

    private static List<PersonId> people(Retention.Report report) {
        return report.people().stream().map(Retention.PersonDue::id).toList();
    }

    private static List<String> closed(Retention.Report report) {
        return report.closedRecords().stream().map(ClosedRecord::id).toList();
    }

    private String givenName(PersonId id) {
        return jdbc.sql("select given_name from person where id = :id").param("id", id.value()).query(String.class).single();
    }

    @Test
    void letsGoOnlyOfWhatIsDueAndADryRunChangesNothing() {
        Receipt closedOne = refer("Gwendolyn");
        Receipt openOne = refer("Florizel");
        TestReferrals.signIn(users, "linkworker");
        referrals.discharge(closedOne.id(), 0, DischargeReason.GOALS_MET, null);
        referrals.addNote(openOne.id(), "Florizel prefers afternoons");
        TestReferrals.signOut();
        PersonId neverReferred = people.register(TestPeople.person("Leopold", "Thistlewood", TestPeople.birthDate(),
                null, null)).personId();
        Instant now = Instant.now();

        clock.set(now.plus(Duration.ofDays(7 * 366)));
        Retention.Report early = retention.dryRun();
        assertThat(people(early)).doesNotContain(closedOne.personId(), openOne.personId(), neverReferred);
        assertThat(closed(early)).doesNotContain(closedOne.id().toString());

        clock.set(now.plus(Duration.ofDays(9 * 366)));
        Retention.Report dry = retention.dryRun();
        assertThat(dry.dryRun()).isTrue();
        assertThat(people(dry)).contains(closedOne.personId(), neverReferred).doesNotContain(openOne.personId());
        assertThat(closed(dry)).contains(closedOne.id().toString());
        assertThat(givenName(closedOne.personId())).isEqualTo("Gwendolyn");
        assertThat(jdbc.sql("select reason from referral where id = :id").param("id", closedOne.id().value())
                .query(String.class).single()).isEqualTo("Gwendolyn would like company");

        Retention.Report run = retention.run();

        assertThat(people(run)).contains(closedOne.personId(), neverReferred).doesNotContain(openOne.personId());
        assertThat(givenName(closedOne.personId())).isEqualTo("[erased]");
        assertThat(givenName(neverReferred)).isEqualTo("[erased]");
        assertThat(givenName(openOne.personId())).isEqualTo("Florizel");
        assertThat(jdbc.sql("select erased_because from person where id = :id").param("id", neverReferred.value())
                .query(String.class).single()).isEqualTo("retention");
        assertThat(jdbc.sql("select reason from referral where id = :id").param("id", closedOne.id().value())
                .query(String.class).single()).isEqualTo("[erased]");
        assertThat(jdbc.sql("select text from referral_note where referral_id = :id").param("id", openOne.id().value())
                .query(String.class).single()).isEqualTo("Florizel prefers afternoons");
        assertThat(jdbc.sql("select reason from audit_event where action = 'retention.run' order by id desc limit 1")
                .query(String.class).single()).startsWith("anonymised ").contains("erase");
        assertThat(people(retention.dryRun())).doesNotContain(closedOne.personId(), neverReferred);
        assertThat(jdbc.sql("select count(*) from referral where id = :id").param("id", UUID.fromString(closedOne.id().toString()))
                .query(Long.class).single()).isOne();
    }
}
