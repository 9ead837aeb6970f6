package org.linkwork.referrals.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.directory.TestListings;
import org.linkwork.referrals.ClosedLoopTest;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.ServiceResponsiveness;
import org.linkwork.referrals.TestOnwardReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@ClosedLoopTest
class ResponsivenessTests {

    @Autowired
    ServiceResponsiveness responsiveness;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Test
    void showsMedianReplyAndAcceptanceFromFiveAnswersAndWithholdsFewer() throws Exception {
        TestListings listings = new TestListings(directory);
        Service service = listings.service(listings.organisation("Responsive Rambles", null).id(), "Morning rambles",
                listings.location("Ramble hut", 53.72, -1.86), "MO", LocalTime.of(10, 0));
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        String[] names = {"Percival", "Prudence", "Quentin", "Rosalind", "Septimus"};
        OnwardReferral[] sent = new OnwardReferral[names.length];
        for (int i = 0; i < names.length; i++) {
            sent[i] = onward.referOn(names[i], service.id(), true);
        }
        onward.referOn("Theodora", service.id(), true);
        for (int i = 0; i < 4; i++) {
            onward.answerAs("linkworker", sent[i].id(), i < 3 ? OnwardReferralStatus.ACCEPTED : OnwardReferralStatus.REJECTED,
                    i < 3 ? Reason.NONE : Reason.of(ReasonCode.NOT_ELIGIBLE, null));
        }

        assertThat(responsiveness.of(service.id()).enoughToShow()).isFalse();
        mvc.perform(get("/referrals/services/{id}/responsiveness", service.id())
                        .with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not enough referrals yet")));

        onward.answerAs("linkworker", sent[4].id(), OnwardReferralStatus.REJECTED, Reason.of(ReasonCode.NO_CAPACITY, null));

        assertThat(responsiveness.of(service.id()).acceptancePercent()).contains(60);
        assertThat(responsiveness.of(service.id()).medianReplyWorkingDays()).contains(0.0);
        assertThat(responsiveness.of(service.id()).answered()).isEqualTo(5);
        mvc.perform(get("/referrals/services/{id}/responsiveness", service.id())
                        .with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60% of referrals it answered")))
                .andExpect(content().string(containsString("on the same day (median)")));
        mvc.perform(get("/referrals/services/{id}/responsiveness", service.id())
                        .with(user(users.loadUserByUsername("provider"))))
                .andExpect(status().isForbidden());
    }
}
