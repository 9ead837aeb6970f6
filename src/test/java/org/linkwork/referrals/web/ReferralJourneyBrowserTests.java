package org.linkwork.referrals.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;
import org.linkwork.people.TestPeople;

/**
 * The closed loop in a browser: a referrer refers a fictional person; a link worker allocates the
 * referral to themself, records a call and refers the person on to the demo provider's walking group;
 * the referrer sees it requested; the provider accepts, records a session and completes it; the
 * referrer sees it completed. Each page is checked with axe-core and saved as a screenshot.
 */
@BrowserTest
class ReferralJourneyBrowserTests {

    @Test
    void aReferralIsReferredOnToAWalkingGroupThatCompletesItAndTheReferrerSeesEveryStep(Visitor visitor) {
        Page page = visitor.page();
        LocalDate birthDate = TestPeople.birthDate();
        String family = "Brightwater";

        visitor.signInAs("referrer");
        visitor.openAndCheck("/refer", "1-referral-form");
        page.getByLabel("First name").fill("Theodora");
        page.getByLabel("Last name").fill(family);
        page.getByLabel("Day").fill(String.valueOf(birthDate.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(birthDate.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(birthDate.getYear()));
        page.getByLabel("NHS number (optional)").fill(TestPeople.nhsNumber());
        page.getByLabel("Postcode").fill("HX1 1UJ");
        page.getByLabel("Phone number").fill("01632 960 321");
        page.getByLabel("GP practice").check();
        page.getByLabel("Reason for referral").fill("Lonely since her husband died; would like to get out walking");
        page.getByLabel("Physical activity").check();
        page.getByLabel("The person has agreed to be referred to a link worker").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Referral sent");
        visitor.checkPage("2-referral-sent");
        signOut(page);

        visitor.signInAs("linkworker");
        visitor.openAndCheck("/referrals", "3-triage-queue");
        Locator row = page.locator(".linkwork-queue-row").filter(new Locator.FilterOptions().setHasText("Theodora " + family));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Allocate to me"))).click();
        assertThat(page.locator("#allocated-to")).hasText("linkworker");
        visitor.checkPage("4-referral-allocated");

        page.getByText("Record a contact").click();
        page.getByLabel("Phone call").check();
        page.getByLabel("Spoke with them").check();
        page.getByLabel("Note (optional)").fill("Would like a gentle walking group on weekday mornings");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact")).click();
        assertThat(page.locator("#referral-status")).hasText("Active");
        assertThat(page.locator(".linkwork-contacts")).containsText("Phone call");
        visitor.checkPage("5-contact-recorded");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer on or signpost to a service")).click();
        page.getByLabel("Service name or what it offers").fill("gentle walking group joint pain");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.locator("#results-heading")).containsText("found");
        visitor.checkPage("6-choose-a-service");
        String serviceName = "Gentle walking group for joint pain";
        page.locator(".linkwork-result").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(serviceName))
                .first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(serviceName);
        visitor.checkPage("7-refer-on");
        page.getByLabel("Note for the service (optional)").fill("Prefers weekday mornings");
        page.getByLabel("The person agrees to share", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer to this service")).click();
        Locator onward = page.locator(".linkwork-onward").filter(new Locator.FilterOptions().setHasText(serviceName));
        assertThat(onward).containsText("Requested");
        visitor.checkPage("8-referred-on");

        visitor.openAndCheck("/caseload", "9-caseload");
        assertThat(page.locator(".linkwork-caseload-row").filter(new Locator.FilterOptions().setHasText("Theodora " + family)))
                .isVisible();
        signOut(page);

        visitor.signInAs("referrer");
        visitor.openAndCheck("/my-referrals", "10-my-referrals");
        Locator card = page.locator(".nhsuk-card").filter(new Locator.FilterOptions().setHasText("Theodora " + family));
        assertThat(card).containsText("Active");
        assertThat(card.locator(".linkwork-onward").filter(new Locator.FilterOptions().setHasText(serviceName)))
                .containsText("Requested");
        signOut(page);

        visitor.signInAs("provider");
        visitor.openAndCheck("/provider/referrals", "11-provider-inbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Theodora B.")).first().click();
        assertThat(page.locator("#how-to-reach")).containsText("01632 960 321");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept referral")).click();
        assertThat(page.locator(".nhsuk-notification-banner")).containsText("Referral accepted.");
        visitor.checkPage("12-provider-accepted");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(today.getYear()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record session")).click();
        assertThat(page.locator("#sessions-attended")).hasText("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as completed")).click();
        assertThat(page.locator("#status")).containsText("Completed");
        visitor.checkPage("13-provider-completed");
        signOut(page);

        visitor.signInAs("referrer");
        visitor.openAndCheck("/my-referrals", "14-my-referrals-completed");
        assertThat(page.locator(".nhsuk-card").filter(new Locator.FilterOptions().setHasText("Theodora " + family))
                .locator(".linkwork-onward").filter(new Locator.FilterOptions().setHasText(serviceName)))
                .containsText("Completed");
    }

    @Test
    void aMemberOfThePublicAsksForHelp(Visitor visitor) {
        Page page = visitor.openAndCheck("/self-referral", "1-self-referral");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.locator(".nhsuk-error-summary")).containsText("There is a problem");
        visitor.checkPage("2-self-referral-problems");

        LocalDate birthDate = TestPeople.birthDate();
        page.getByLabel("First name").fill("Ambrose");
        page.getByLabel("Last name").fill("Fernsby");
        page.getByLabel("Day").fill(String.valueOf(birthDate.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(birthDate.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(birthDate.getYear()));
        page.getByLabel("Postcode").fill("HX1 1UJ");
        page.getByLabel("Phone number").fill("01632 960 654");
        page.getByLabel("What would you like help with?").fill("I would like to meet people and get out more");
        page.getByLabel("I agree to be referred to a link worker").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thank you, we have your request");
        visitor.checkPage("3-self-referral-sent");
    }

    private static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.contains("signed-out"));
    }
}
