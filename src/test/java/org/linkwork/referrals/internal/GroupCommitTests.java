package org.linkwork.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.ReferralReceived;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.TestReferrals;
import org.linkwork.referrals.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group commit of the JSON API's intake: referrals received together in one transaction
 * ({@link ReferralIntake#receiveAll}), and concurrent requests through the {@link IntakeWriter}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class GroupCommitTests {

    @Autowired
    ReferralIntake intake;

    @Autowired
    Referrals referrals;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestReferrals.signOut();
    }

    private static NewReferral referral(String givenName, boolean consent, List<String> needs, String postcode) {
        PersonDetails person = TestPeople.person(givenName, "Haworth", TestPeople.birthDate(), TestPeople.nhsNumber(),
                postcode);
        return new NewReferral(person, Source.GP, "Would like to get out more", null, needs, Urgency.ROUTINE, consent,
                NewReferral.Door.API);
    }

    private static NewReferral referral(String givenName) {
        return referral(givenName, true, List.of("walking"), "HX1 1UJ");
    }

    private static ReferralIntake.Arrival arrival(NewReferral referral, String key, String hash) {
        return new ReferralIntake.Arrival(referral, Optional.of(new IdempotencyKey(key, hash)));
    }

    private int count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    @Test
    void aBatchKeepsEachReferralWithItsPersonConsentHistoryAuditAndKey() {
        TestReferrals.signIn(users, "referrer");
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());

        List<Optional<Receipt>> receipts = intake.receiveAll(List.of(arrival(referral("Ottilie"), keys.get(0), "a"),
                arrival(referral("Perpetua"), keys.get(1), "b"), arrival(referral("Quintus"), keys.get(2), "c")));

        assertThat(receipts).hasSize(3).allSatisfy(r -> assertThat(r).isPresent());
        for (int i = 0; i < 3; i++) {
            Receipt receipt = receipts.get(i).orElseThrow();
            UUID id = receipt.id().value();
            assertThat(receipt.replayed()).isFalse();
            assertThat(count("select count(*) from referral where id = :id and referred_by = 'api:referrer'", id)).isOne();
            assertThat(jdbc.sql("select detail from referral_event where referral_id = :id").param("id", id)
                    .query(String.class).list()).containsExactly("Referral received from GP practice (routine)");
            assertThat(count("select count(*) from audit_event where action = 'referral.receive' and actor = 'referrer' "
                    + "and subject_id = cast(:id as text)", id.toString())).isOne();
            assertThat(count("select count(*) from person_consent where person_id = :id and scope = 'REFERRAL' and given "
                    + "and recorded_by = 'referrer'", receipt.personId().value())).isOne();
            assertThat(count("select count(*) from audit_event where subject_id = cast(:id as text) "
                    + "and action in ('person.register', 'person.consent.record')", receipt.personId().toString())).isEqualTo(2);
            assertThat(jdbc.sql("select referral_id from referral_idempotency_key where caller = 'referrer' and key = :key")
                    .param("key", keys.get(i)).query(UUID.class).single()).isEqualTo(id);
            assertThat(events.stream(ReferralReceived.class).filter(e -> e.referralId().equals(receipt.id()))).hasSize(1);
        }
    }

    @Test
    void oneBadReferralLeavesTheOthersOfItsBatchAndKeepsNothingOfItself() {
        TestReferrals.signIn(users, "referrer");
        String badKey = UUID.randomUUID().toString();

        List<Optional<Receipt>> receipts = intake.receiveAll(List.of(
                arrival(referral("Rowena"), UUID.randomUUID().toString(), "a"),
                arrival(referral("Septimus", false, List.of("walking"), "HX1 1UJ"), UUID.randomUUID().toString(), "b"),
                arrival(referral("Tabitha", true, List.of("no-such-need"), "HX1 1UJ"), UUID.randomUUID().toString(), "c"),
                arrival(referral("Ulric", true, List.of("walking"), "SW1A 1AA"), badKey, "d"),
                arrival(referral("Vesta"), UUID.randomUUID().toString(), "e")));

        assertThat(receipts.get(0)).isPresent();
        assertThat(receipts.subList(1, 4)).allSatisfy(r -> assertThat(r).isEmpty());
        assertThat(receipts.get(4)).isPresent();
        assertThat(count("select count(*) from person where given_name in ('Septimus', 'Tabitha', 'Ulric') "
                + "and family_name = :id", "Haworth")).isZero();
        assertThat(count("select count(*) from referral_idempotency_key where key = :id", badKey))
                .as("the key of a referral not made is given back").isZero();
    }

    @Test
    void theSameKeyTwiceInOneBatchMakesOneReferralAndTheSecondIsAnsweredAfterwards() {
        TestReferrals.signIn(users, "referrer");
        String key = UUID.randomUUID().toString();
        NewReferral referral = referral("Wilfred");

        List<Optional<Receipt>> receipts = intake.receiveAll(List.of(arrival(referral, key, "same"),
                arrival(referral, key, "same")));

        assertThat(receipts.get(0)).isPresent();
        assertThat(receipts.get(1)).isEmpty();
        Receipt again = intake.receive(referral, new IdempotencyKey(key, "same"));
        assertThat(again.replayed()).isTrue();
        assertThat(again.id()).isEqualTo(receipts.get(0).orElseThrow().id());
        assertThat(count("select count(*) from referral where person_id = :id", again.personId().value())).isOne();
    }

    @Test
    void aCallerInATransactionReceivesWithinIt() {
        TestReferrals.signIn(users, "referrer");
        String key = UUID.randomUUID().toString();

        Receipt receipt = transactions.execute(status -> {
            Receipt made = referrals.receive(referral("Xanthe"), new IdempotencyKey(key, "x"));
            status.setRollbackOnly();
            return made;
        });

        assertThat(count("select count(*) from referral where id = :id", receipt.id().value())).isZero();
        assertThat(count("select count(*) from referral_idempotency_key where key = :id", key)).isZero();
    }

    private MockHttpServletResponse post(String body, String key) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/referrals")
                .with(SecurityMockMvcRequestPostProcessors.httpBasic("referrer", "demo-password"))
                .contentType(MediaType.APPLICATION_JSON).content(body).header("Idempotency-Key", key))
                .andReturn().getResponse();
    }

    /** Sends the requests all at once, each on a thread of its own. */
    private List<MockHttpServletResponse> simultaneously(List<String> bodies, List<String> keys) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<MockHttpServletResponse>> sent = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                String key = keys.get(i);
                sent.add(threads.submit(() -> {
                    start.await();
                    return post(body, key);
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> response : sent) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyAcknowledgedReferralOfManySimultaneousRequestsIsStoredExactlyOnce() throws Exception {
        List<String> bodies = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            bodies.add(TestReferrals.referralJson("Yannick"));
            keys.add(UUID.randomUUID().toString());
        }
        bodies.set(7, TestReferrals.referralJson("Yannick", TestPeople.birthDate(), TestPeople.nhsNumber(), false));

        List<MockHttpServletResponse> responses = simultaneously(bodies, keys);

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            MockHttpServletResponse response = responses.get(i);
            if (i == 7) {
                assertThat(response.getStatus()).isEqualTo(422);
                assertThat(response.getContentAsString()).contains("\"consent\"");
                assertThat(count("select count(*) from referral_idempotency_key where key = :id", keys.get(i))).isZero();
                continue;
            }
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
            String id = json.readTree(response.getContentAsString()).get("id").asString();
            ids.add(id);
            assertThat(count("select count(*) from referral where id = cast(:id as uuid)", id)).isOne();
            assertThat(jdbc.sql("select cast(referral_id as text) from referral_idempotency_key where key = :key")
                    .param("key", keys.get(i)).query(String.class).single()).isEqualTo(id);
        }
        assertThat(ids).hasSize(23);
    }

    @Test
    void simultaneousRequestsWithOneKeyAndOneBodyAllGetTheOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = TestReferrals.referralJson("Zebedee");

        List<MockHttpServletResponse> responses = simultaneously(List.of(body, body, body, body, body, body),
                List.of(key, key, key, key, key, key));

        Set<String> ids = new HashSet<>();
        for (MockHttpServletResponse response : responses) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
            JsonNode received = json.readTree(response.getContentAsString());
            ids.add(received.get("id").asString());
        }
        assertThat(ids).singleElement();
        assertThat(responses.stream().filter(r -> r.getHeader("Idempotent-Replayed") == null)).hasSize(1);
        assertThat(count("select count(*) from referral where id = cast(:id as uuid)", ids.iterator().next())).isOne();
    }

    @Test
    void simultaneousRequestsWithOneKeyAndDifferentBodiesMakeOneReferralAndRefuseTheRest() throws Exception {
        String key = UUID.randomUUID().toString();
        List<String> bodies = List.of(TestReferrals.referralJson("Agatha"), TestReferrals.referralJson("Basil"),
                TestReferrals.referralJson("Clement"), TestReferrals.referralJson("Dulcie"));

        List<MockHttpServletResponse> responses = simultaneously(bodies, List.of(key, key, key, key));

        assertThat(responses.stream().filter(r -> r.getStatus() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.getStatus() == 422)).hasSize(3)
                .allSatisfy(r -> assertThat(r.getContentAsString()).contains("Idempotency-Key"));
        assertThat(count("select count(*) from referral_idempotency_key where key = :id and referral_id is not null", key))
                .isOne();
    }
}
