package org.linkwork.referrals.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;
import org.linkwork.directory.Directory;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestOnwardReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo provider answers a referral in Chromium: every page checked with axe-core (WCAG 2.2 AA)
 * and free of anything the Content-Security-Policy refuses.
 */
@BrowserTest
class ProviderInboxBrowserTests {

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    @Test
    void aProviderAcceptsAReferralRecordsASessionAndCompletesIt(Visitor visitor) {
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        OnwardReferral referral = onward.referOn("Winifred", onward.providersService().id(), true);
        visitor.signInAs("provider");

        Page page = visitor.openAndCheck("/provider/referrals", "inbox");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Referrals to you");
        assertThat(page.locator("#notifications-link")).containsText("new");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Winifred Q.")).first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/provider/referrals/" + referral.id()));
        visitor.checkPage("referral-requested");
        assertThat(page.locator("#how-to-reach")).containsText("01632 960 001");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept referral")).click();
        assertThat(page.locator(".nhsuk-notification-banner")).containsText("Referral accepted.");
        visitor.checkPage("referral-accepted");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(today.getYear()));
        page.getByLabel("Note (optional)").fill("Came with a friend");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record session")).click();
        assertThat(page.locator(".nhsuk-notification-banner")).containsText("Session recorded.");
        assertThat(page.locator("#sessions-attended")).hasText("1");
        assertThat(page.locator("#status")).containsText("In progress");
        visitor.checkPage("session-recorded");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as completed")).click();
        assertThat(page.locator("#status")).containsText("Completed");
        visitor.checkPage("referral-completed");
    }

    @Test
    void decliningWithoutAReasonShowsTheProblemAndTheCapacityFormIsAccessible(Visitor visitor) {
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        OnwardReferral referral = onward.referOn("Xanthe", onward.providersService().id(), false);
        visitor.signInAs("provider");

        Page page = visitor.openAndCheck("/provider/referrals/" + referral.id(), "referral-not-shared");
        assertThat(page.locator("#not-shared")).containsText("have not agreed to share");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decline referral")).click();
        visitor.checkPage("decline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline referral")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".nhsuk-error-summary a[href='#reason']")).isVisible();
        assertThat(page.locator("#reason-error")).containsText("Choose why");
        visitor.checkPage("decline-with-errors");

        visitor.openAndCheck("/provider/capacity/" + referral.serviceId(), "capacity");
        page.getByLabel("Yes, it has places left").check();
        page.getByLabel("How many places are left?").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save places")).click();
        assertThat(page.locator("#service-places")).containsText("4 places left");

        visitor.openAndCheck("/notifications", "notifications");
    }
}
