package org.linkwork.directory.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linkwork.directory.TestListings.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.TestListings;
import org.linkwork.directory.demo.DemoDirectory;
import org.linkwork.directory.internal.VerificationDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FreshnessCheckTests {

    @Autowired
    FreshnessCheck check;

    @Autowired
    ListingReminders reminders;

    @Autowired
    Directory directory;

    @Autowired
    VerificationDates verificationDates;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    private Service listedVerified(Organization organisation, Location at, String name, int daysAgo) {
        Service service = new TestListings(directory).service(organisation.id(), name, at, "MO", LocalTime.of(10, 0));
        verificationDates.backdate(service.id(), Instant.now().minus(Duration.ofDays(daysAgo)));
        return service;
    }

    @Test
    void remindsOrganisationsOfListingsNotConfirmedForSixOrTwelveMonthsOnce() {
        TestListings listings = new TestListings(directory);
        Organization organisation = listings.organisation("Freshness test group " + TestListings.id(), null);
        Location hall = listings.location("Freshness hall", 53.72, -1.86);
        Service recent = listedVerified(organisation, hall, "Checked last month", 30);
        Service due = listedVerified(organisation, hall, "Checked eight months ago", 240);
        Service old = listedVerified(organisation, hall, "Checked two years ago", 730);

        assertThat(check.check(Instant.now())).isGreaterThanOrEqualTo(2);

        assertThat(reminders.openFor(organisation.id()))
                .extracting(ListingReminders.Reminder::serviceId, ListingReminders.Reminder::freshness)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(old.id(), Freshness.MAY_BE_OUT_OF_DATE),
                        org.assertj.core.groups.Tuple.tuple(due.id(), Freshness.DUE_FOR_CHECK));
        assertThat(reminders.openFor(organisation.id())).extracting(ListingReminders.Reminder::serviceId)
                .doesNotContain(recent.id());
        assertThat(check.check(Instant.now())).isZero();
    }

    @Test
    void aReminderNoLongerAppliesOnceTheListingIsConfirmed() {
        TestListings listings = new TestListings(directory);
        Organization organisation = listings.organisation("Confirming group " + TestListings.id(), null);
        Service due = listedVerified(organisation, listings.location("Hall", 53.72, -1.86), "Due listing", 200);
        check.check(Instant.now());
        assertThat(reminders.openFor(organisation.id())).hasSize(1);

        directory.confirmListing(due.id());

        assertThat(reminders.openFor(organisation.id())).isEmpty();
    }

    @Test
    void showsRemindersToTheProviderAndOnTheAdministratorsPage() throws Exception {
        assertThat(reminders.openFor(DemoDirectory.PROVIDER_ORGANIZATION_ID))
                .extracting(ListingReminders.Reminder::serviceName)
                .contains("Warm water exercise for joint pain", "Living well with persistent pain: six-week course");

        mvc.perform(get("/provider").with(signedInAs(accounts, "provider")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some listings need checking")))
                .andExpect(content().string(containsString("may be out of date (not confirmed for over a year)")));
        mvc.perform(get("/admin/listings-due").with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Halifax Joint and Mobility Group")))
                .andExpect(content().string(containsString("Warm water exercise for joint pain")));
    }
}
