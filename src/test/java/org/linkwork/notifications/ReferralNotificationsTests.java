package org.linkwork.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralEscalated;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestOnwardReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who is told what about onward referrals, in the app and by email through a real SMTP server
 * (GreenMail); the emails carry a line and a link, and nothing about the person.
 */
@ClosedLoopTest
class ReferralNotificationsTests {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    TestOnwardReferrals onward;

    @BeforeEach
    void anEmptyMailbox() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        onward = new TestOnwardReferrals(referrals, directory, users);
    }

    @Test
    void aNewReferralIsToldToTheOrganisationsProvidersWithNothingAboutThePersonInTheEmail() throws Exception {
        String nhsNumber = TestPeople.nhsNumber();
        OnwardReferral referral = onward.referOn("Philippa", nhsNumber, onward.providersService().id(), true);

        List<MimeMessage> toProvider = mailTo("provider@example.org");
        assertThat(toProvider).hasSize(1);
        MimeMessage email = toProvider.getFirst();
        String body = GreenMailUtil.getBody(email);
        assertThat(email.getSubject()).isEqualTo("New referral in Linkwork");
        assertThat(body).contains("You have a new referral in Linkwork")
                .contains("http://localhost:8080/provider/referrals/" + referral.id());
        assertNothingAboutThePerson(email, nhsNumber);
        assertThat(mailTo("admin@example.org")).isEmpty();

        assertThat(jdbc.sql("select message from notification where recipient = 'provider' and link = :link")
                .param("link", "/provider/referrals/" + referral.id()).query(String.class).list())
                .containsExactly("New referral to " + referral.serviceName());
    }

    @Test
    void aChangeOfStatusIsToldToTheLinkWorkerAndTheReferrerButNotToWhoMadeIt() throws Exception {
        String nhsNumber = TestPeople.nhsNumber();
        OnwardReferral referral = onward.referOn("Quintus", nhsNumber, onward.providersService().id(), true);
        greenMail.purgeEmailFromAllMailboxes();

        onward.answer(referral.id(), OnwardReferralStatus.ACCEPTED, Reason.NONE);

        assertThat(mailTo("linkworker@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("A referral was updated in Linkwork"))
                .satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("http://localhost:8080/referrals/"
                        + referral.referralId()))
                .satisfies(m -> assertNothingAboutThePerson(m, nhsNumber));
        assertThat(mailTo("referrer@example.org")).singleElement()
                .satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("http://localhost:8080/my-referrals"))
                .satisfies(m -> assertNothingAboutThePerson(m, nhsNumber));
        assertThat(mailTo("provider@example.org")).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where recipient = 'linkworker' and link = :link "
                        + "and message like '%is now accepted'")
                .param("link", "/referrals/" + referral.referralId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anEscalationIsToldToTheOrganisationAndTheLinkWorker() throws Exception {
        String nhsNumber = TestPeople.nhsNumber();
        OnwardReferral referral = onward.referOn("Rowena", nhsNumber, onward.providersService().id(), true);
        greenMail.purgeEmailFromAllMailboxes();

        events.publishEvent(new OnwardReferralEscalated(referral.id(), referral.referralId(), referral.serviceId(),
                referral.organisationId(), referral.createdAt(), 5, Instant.now()));

        assertThat(mailTo("provider@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("A referral is waiting for your answer in Linkwork"))
                .satisfies(m -> assertNothingAboutThePerson(m, nhsNumber));
        assertThat(mailTo("linkworker@example.org")).singleElement()
                .satisfies(m -> assertNothingAboutThePerson(m, nhsNumber));
        assertThat(jdbc.sql("select count(*) from notification where kind = 'referral-escalated' and link = :link")
                .param("link", "/provider/referrals/" + referral.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theHeaderCountsUnreadNotificationsUntilTheyAreRead() throws Exception {
        onward.referOn("Sylvester", onward.providersService().id(), true);
        var provider = user(users.loadUserByUsername("provider"));
        int unread = jdbc.sql("select count(*) from notification where recipient = 'provider' and read_at is null")
                .query(Integer.class).single();

        mvc.perform(get("/notifications").with(provider))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notifications (" + unread + " new)")))
                .andExpect(content().string(containsString("New referral to")));
        long newest = jdbc.sql("select max(id) from notification where recipient = 'provider'").query(Long.class).single();
        mvc.perform(post("/notifications/{id}/read", newest).with(provider).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(provider))
                .andExpect(content().string(containsString("Notifications (" + (unread - 1) + " new)")));
        mvc.perform(post("/notifications/read").with(provider).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(provider))
                .andExpect(content().string(containsString(">Notifications</a>")));
        mvc.perform(post("/notifications/{id}/read", newest).with(user(users.loadUserByUsername("linkworker"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        greenMail.waitForIncomingEmail(5_000, 1);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void assertNothingAboutThePerson(MimeMessage email, String nhsNumber) {
        try {
            String whole = email.getSubject() + "\n" + GreenMailUtil.getWholeMessage(email);
            assertThat(whole).doesNotContain(TestOnwardReferrals.FAMILY_NAME).doesNotContain("Philippa")
                    .doesNotContain("Quintus").doesNotContain("Rowena").doesNotContain(nhsNumber)
                    .doesNotContain(nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6))
                    .doesNotContain("01632 960 001").doesNotContain("bea@example.com");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
