package org.linkwork.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.people.TestPeople;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The module's API called directly, as other modules and jobs would, signed in as the demo accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReferralsTests {

    @Autowired
    Referrals referrals;

    @Autowired
    People people;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aReferralMayBeAllocatedToAnyLinkWorkerOfThePlaceEvenOneWithNoReferralsYet() {
        String colleague = "colleague-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, role, place_id)
                values (gen_random_uuid(), :username, '{noop}unused', 'A colleague', 'LINK_WORKER', 'calderdale')
                """).param("username", colleague).update();
        Receipt receipt = refer("Barnaby");

        TestReferrals.signIn(users, "linkworker");
        assertThat(referrals.team()).contains("linkworker", colleague).doesNotContain("provider", "referrer", "admin");
        assertThat(referrals.allocate(receipt.id(), 0, colleague).allocatedTo()).contains(colleague);
    }

    @AfterEach
    void signOut() {
        TestReferrals.signOut();
    }

    private Receipt refer(String givenName) {
        TestReferrals.signIn(users, "referrer");
        return referrals.receive(new NewReferral(
                org.linkwork.people.TestPeople.person(givenName, "Ashdown", TestPeople.birthDate(), TestPeople.nhsNumber(),
                        "HX1 1UJ"),
                Source.GP, "Would like company", null, List.of("befriending"), Urgency.SOON, true,
                NewReferral.Door.REFERRAL_FORM));
    }

    @Test
    void announcesAReceivedReferralWithIdsAndCodesOnly() {
        Receipt receipt = refer("Yolanda");

        assertThat(events.stream(ReferralReceived.class).filter(e -> e.referralId().equals(receipt.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.placeId()).isEqualTo("calderdale");
                    assertThat(e.urgency()).isEqualTo(Urgency.SOON);
                    assertThat(e.needs()).containsExactly("befriending");
                });
        assertThat(people.hasConsent(receipt.personId(), Consent.Scope.REFERRAL, Optional.empty())).isTrue();
    }

    @Test
    void announcesEachStatusChangeWithWhoAndWhy() {
        Receipt receipt = refer("Zachary");
        TestReferrals.signIn(users, "linkworker");
        Service service = directory.organizations(0, 5).stream().flatMap(o -> directory.servicesOf(o.id()).stream())
                .filter(Service::isActive).findFirst().orElseThrow();
        OnwardReferral onward = referrals.referOn(receipt.id(), service.id(), null, true);

        referrals.changeStatus(onward.id(), OnwardReferralStatus.REJECTED, Reason.of(ReasonCode.NO_CAPACITY, null));

        assertThat(events.stream(OnwardReferralRequested.class).filter(e -> e.onwardReferralId().equals(onward.id())))
                .singleElement().satisfies(e -> assertThat(e.organisationId()).isEqualTo(service.organizationId()));
        assertThat(events.stream(OnwardReferralStatusChanged.class).filter(e -> e.onwardReferralId().equals(onward.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(OnwardReferralStatus.REQUESTED);
                    assertThat(e.to()).isEqualTo(OnwardReferralStatus.REJECTED);
                    assertThat(e.reason()).contains(ReasonCode.NO_CAPACITY);
                    assertThat(e.actor()).isEqualTo("linkworker");
                });
        assertThat(people.hasConsent(receipt.personId(), Consent.Scope.SHARE_WITH_ORGANISATION,
                Optional.of(service.organizationId()))).isTrue();
    }

    @Test
    void refusesAChangeMadeToAnOutdatedReferral() {
        Receipt receipt = refer("Adelaide");
        TestReferrals.signIn(users, "linkworker");
        referrals.allocate(receipt.id(), 0, "linkworker");

        assertThatThrownBy(() -> referrals.discharge(receipt.id(), 0, DischargeReason.GOALS_MET, null))
                .isInstanceOf(ReferralChangedConcurrently.class);
        assertThat(referrals.referral(receipt.id(), "test").referral().status()).isEqualTo(ReferralStatus.ALLOCATED);
    }

    @Test
    void recordsNothingMoreOnADischargedReferral() {
        Receipt receipt = refer("Benedict");
        TestReferrals.signIn(users, "linkworker");
        Referral triaged = referrals.triage(receipt.id(), 0);
        referrals.discharge(receipt.id(), triaged.version(), DischargeReason.OTHER, "Moved to another service");

        assertThatThrownBy(() -> referrals.addNote(receipt.id(), "Called back")).isInstanceOf(ReferralClosed.class);
        assertThatThrownBy(() -> referrals.discharge(receipt.id(), triaged.version() + 1, DischargeReason.OTHER, null))
                .isInstanceOf(ReferralClosed.class);
    }

    @Test
    void allocatesOnlyToLinkWorkersOfTheReferralsPlace() {
        Receipt receipt = refer("Clementine");
        TestReferrals.signIn(users, "linkworker");

        assertThatThrownBy(() -> referrals.allocate(receipt.id(), 0, "provider"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().getFirst().field()).isEqualTo("linkWorker"));
    }

    @Test
    void keepsReferralsFromThoseWhoMayNotSeeThem() {
        Receipt receipt = refer("Dorian");

        TestReferrals.signIn(users, "commissioner");
        assertThatThrownBy(() -> referrals.referral(receipt.id(), "test")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> referrals.caseload()).isInstanceOf(AccessDeniedException.class);
        TestReferrals.signIn(users, "provider");
        assertThatThrownBy(() -> referrals.referral(receipt.id(), "test")).isInstanceOf(NotFound.class);
        TestReferrals.signIn(users, "referrer");
        assertThatThrownBy(() -> referrals.allocate(receipt.id(), 0, "linkworker")).isInstanceOf(AccessDeniedException.class);
    }
}
