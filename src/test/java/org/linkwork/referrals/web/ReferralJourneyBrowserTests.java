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
 * referral to themself, records a call and refers the person on to a walking group from the demo
 * directory; the referrer then sees the onward referral, requested, on their referrals page. Each page
 * is checked with axe-core and saved as a screenshot.
 */
@BrowserTest
class ReferralJourneyBrowserTests {

    @Test
    void aReferralIsAllocatedReferredOnToAWalkingGroupAndTheReferrerSeesIt(Visitor visitor) {
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
        page.getByLabel("Service name or what it offers").fill("health walk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.locator("#results-heading")).containsText("found");
        visitor.checkPage("6-choose-a-service");
        Locator firstService = page.locator(".linkwork-result").first().getByRole(AriaRole.LINK);
        String serviceName = firstService.textContent().strip();
        firstService.click();
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
