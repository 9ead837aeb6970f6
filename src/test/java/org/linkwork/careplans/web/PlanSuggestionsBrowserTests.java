package org.linkwork.careplans.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
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
 * The journey in Chromium: a link worker records what matters, gets suggestions with their
 * reasons, adds two to the plan (one as an onward referral), and prints the plan, whose PDF has the
 * goals and the actions. axe-core checks each page.
 */
@BrowserTest
class PlanSuggestionsBrowserTests {

    @Autowired
    Referrals referrals;

    @Autowired
    UserDetailsService users;

    @Test
    void aLinkWorkerRecordsWhatMattersPicksTwoSuggestionsAndPrintsThePlan(Visitor visitor) throws Exception {
        Receipt receipt;
        try {
            TestReferrals.signIn(users, "referrer");
            receipt = referrals.receive(new NewReferral(
                    TestPeople.person("Ottoline", "Braithwaite", TestPeople.birthDate(), TestPeople.nhsNumber(), "HX1 1UJ"),
                    Source.GP, "Lonely since her husband died; knees hurt on the stairs", null, List.of(),
                    Urgency.ROUTINE, true, NewReferral.Door.REFERRAL_FORM));
            TestReferrals.signIn(users, "linkworker");
            referrals.allocate(receipt.id(), 0, "linkworker");
        } finally {
            TestReferrals.signOut();
        }
        Page page = visitor.page();
        visitor.signInAs("linkworker");
        visitor.open("/referrals/" + receipt.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the care and support plan")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What matters to me")).click();
        page.getByLabel("What matters to you?").fill("Since my husband died I don't see anyone. I used to love walking");
        page.getByLabel("Mobility or pain", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Mobility or pain: what is it about? (optional)").fill("My knees hurt on the stairs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the conversation")).click();
        assertThat(page.locator("#what-matters")).containsText("walking");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a goal")).click();
        page.getByLabel("The goal, in their words").fill("Meet people on a gentle walk each week");
        page.getByLabel("Where are they now, from 0 to 10?").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the goal")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suggest services")).click();
        visitor.checkPage("plan-suggestions");
        Locator suggestions = page.locator(".linkwork-suggestion");
        assertThat(suggestions.first()).isVisible();
        assertThat(page.getByLabel("have step-free access")).isChecked();
        assertThat(suggestions.first().locator(".nhsuk-list--tick li").first()).not().isEmpty();
        String first = suggestions.nth(0).locator("h3 a").textContent();
        String second = suggestions.nth(1).locator("h3 a").textContent();

        suggestions.nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to the plan")).click();
        assertThat(page.locator(".linkwork-action")).containsText(first);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suggest services")).click();
        page.locator(".linkwork-suggestion").filter(new Locator.FilterOptions().setHasText(second)).first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add and refer them")).click();
        assertThat(page.locator(".linkwork-action")).containsText(List.of(first, second).toArray(String[]::new));
        visitor.checkPage("plan-with-two-suggestions");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable plan")).click();
        visitor.checkPage("plan-printable-with-suggestions");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("download it in large print (PDF)")).click());
        PlanPdfText pdf = PlanPdfText.of(Files.readAllBytes(download.path()));
        // Large print wraps long lines: compare the words, not where the lines break.
        org.assertj.core.api.Assertions.assertThat(pdf.text().replaceAll("\\s+", " "))
                .contains("Meet people on a gentle walk each week")
                .contains("Try " + first.strip().replaceAll("\\s+", " "))
                .contains("Try " + second.strip().replaceAll("\\s+", " "));
    }

    @Test
    void aLinkWorkerSeesWhichConstraintLeftNothingAndWhatWouldFitWithoutIt(Visitor visitor) {
        Page page = visitor.page();
        visitor.signInAs("linkworker");
        visitor.open("/suggestions");
        page.getByLabel("Postcode").fill("HX1 9AB");
        page.getByLabel("What matters to them").fill("Lost her mum in the spring");
        page.getByText("What must fit (optional)").click();
        page.getByLabel("Morning").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggest services")).click();

        assertThat(page.locator("#unmet-constraints")).containsText("do not run in the morning");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Would fit if they could go at another time of day"))).isVisible();
        assertThat(page.locator(".linkwork-near-miss").first()).containsText("you said mornings");
        visitor.checkPage("suggestions-near-misses");
    }
}
