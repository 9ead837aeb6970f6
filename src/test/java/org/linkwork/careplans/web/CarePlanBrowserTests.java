package org.linkwork.careplans.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.TestReferrals;
import org.linkwork.referrals.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A link worker's care plan in Chromium: what matters to the person, a goal, an action from the directory,
 * the review date, agreement, a review, the printable plan and its PDF, and a share link the person opens
 * without an account. Each page is checked with axe-core and saved as a screenshot.
 */
@BrowserTest
class CarePlanBrowserTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Referrals referrals;

    @Autowired
    UserDetailsService users;

    @Test
    void aLinkWorkerMakesAPlanWithThePersonReviewsItPrintsItAndSharesIt(Visitor visitor) throws Exception {
        Receipt receipt;
        try {
            TestReferrals.signIn(users, "referrer");
            receipt = referrals.receive(new NewReferral(
                    TestPeople.person("Winifred", "Applethwaite", TestPeople.birthDate(), TestPeople.nhsNumber(), "HX1 1UJ"),
                    Source.PHYSIO, "Knee pain; has stopped going out", null, List.of("walking"), Urgency.ROUTINE,
                    true, NewReferral.Door.REFERRAL_FORM));
            TestReferrals.signIn(users, "linkworker");
            referrals.allocate(receipt.id(), 0, "linkworker");
        } finally {
            TestReferrals.signOut();
        }
        Page page = visitor.page();
        LocalDate review = LocalDate.now(UK).plusWeeks(6);

        visitor.signInAs("linkworker");
        visitor.open("/referrals/" + receipt.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the care and support plan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Care and support plan");
        visitor.checkPage("careplan-1-new-plan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What matters to me")).click();
        visitor.checkPage("careplan-2-conversation");
        page.getByLabel("What matters to you?").fill("Getting back to my allotment and seeing my friends there");
        page.getByLabel("Who supports you? (optional)").fill("My neighbour Jean");
        page.getByLabel("Transport", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Transport: what is it about? (optional)").fill("No bus after six");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the conversation")).click();
        assertThat(page.locator("#what-matters")).containsText("allotment");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a goal")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the goal")).click();
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter the goal in the person's words");
        visitor.checkPage("careplan-3-goal-problems");
        page.getByLabel("The goal, in their words").fill("Walk to my allotment");
        page.getByLabel("Where are they now, from 0 to 10?").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the goal")).click();
        assertThat(page.locator(".linkwork-goal")).containsText("Walk to my allotment");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a service from the directory")).click();
        page.getByLabel("Service name or what it offers").fill("gentle walking group joint pain");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        String serviceName = "Gentle walking group for joint pain";
        page.locator(".linkwork-result").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(serviceName))
                .first().click();
        visitor.checkPage("careplan-4-action-for-a-service");
        page.getByLabel("What will be done").fill("Go to the Tuesday walk");
        page.getByLabel("Which goal is it for? (optional)").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Walk to my allotment"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the action")).click();
        assertThat(page.locator(".linkwork-action")).containsText(serviceName);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change muscle, bone and joint health")).click();
        page.getByLabel("How bad is the pain on most days", new Page.GetByLabelOptions().setExact(false)).fill("6");
        page.getByLabel("What does the pain stop you doing? (optional)").fill("Kneeling to weed");
        visitor.checkPage("careplan-5-msk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        Locator reviewDate = page.locator("form").filter(new Locator.FilterOptions().setHasText("Date of the next review"));
        reviewDate.getByLabel("Day").fill(String.valueOf(review.getDayOfMonth()));
        reviewDate.getByLabel("Month").fill(String.valueOf(review.getMonthValue()));
        reviewDate.getByLabel("Year").fill(String.valueOf(review.getYear()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the review date")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("The person agreed this plan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Version 1, agreed");
        visitor.checkPage("careplan-6-agreed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review the plan")).click();
        visitor.checkPage("careplan-7-review");
        page.getByLabel("Where are they now, from 0 to 10?").fill("5");
        page.getByLabel("How did the review go?").fill("Walked twice; the knee held up");
        LocalDate next = review.plusWeeks(8);
        Locator nextReview = page.locator("fieldset").filter(new Locator.FilterOptions().setHasText("Date of the next review"));
        nextReview.getByLabel("Day").fill(String.valueOf(next.getDayOfMonth()));
        nextReview.getByLabel("Month").fill(String.valueOf(next.getMonthValue()));
        nextReview.getByLabel("Year").fill(String.valueOf(next.getYear()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the review")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Version 2, agreed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(page.locator("#version-2")).containsText("Walked twice");
        visitor.checkPage("careplan-8-history");
        page.goBack();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable plan")).click();
        assertThat(page.locator(".linkwork-plan-document")).containsText("Where I am now: 5 out of 10");
        visitor.checkPage("careplan-9-printable");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("download it in large print (PDF)")).click());
        PlanPdfText pdf = PlanPdfText.of(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(pdf.text()).contains("Walk to my allotment").contains("Go to the Tuesday walk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the plan")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share with the person")).click();
        page.getByLabel("The person agrees to see their plan through a link, without an account").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record their agreement")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a link")).click();
        String link = page.locator("#share-link").textContent();
        visitor.checkPage("careplan-10-sharing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.contains("signed-out"));

        page.navigate(link);
        assertThat(page.locator(".linkwork-plan-document")).containsText("Winifred Applethwaite");
        assertThat(page.locator(".linkwork-plan-document")).containsText("Go to the Tuesday walk");
        visitor.checkPage("careplan-11-shared-view");
    }
}
