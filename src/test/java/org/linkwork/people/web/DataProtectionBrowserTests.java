package org.linkwork.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.linkwork.people.TestPeople.birthDate;
import static org.linkwork.people.TestPeople.nhsNumber;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;
import org.linkwork.people.People;
import org.linkwork.people.PersonId;
import org.linkwork.people.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's data protection pages in Chromium: finding a record, recording a request with
 * its decision (errors first), the restriction it puts in force, and the retention dry run; each page
 * accessible (axe-core, WCAG 2.2 AA) and free of anything the Content-Security-Policy refuses.
 */
@BrowserTest
class DataProtectionBrowserTests {

    @Autowired
    People people;

    @Test
    void anAdministratorFindsARecordAndIsToldWhenTheNumberIsWrong(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.openAndCheck("/admin/data-protection", "data-protection");

        page.getByLabel("Person's record number").fill("not-a-record-number");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
        visitor.checkPage("data-protection-with-error");

        assertThat(page.locator("#person-error")).containsText("Enter a record number");
    }

    @Test
    void anAdministratorRecordsARestrictionAfterCorrectingTheForm(Visitor visitor) {
        PersonId id = people.register(TestPeople.everything("Marigold", "Thistlewood", birthDate(), nhsNumber()))
                .personId();
        visitor.signInAs("admin");
        Page page = visitor.openAndCheck("/admin/data-protection/people/" + id, "data-protection-person");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Marigold Thistlewood");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        visitor.checkPage("data-protection-person-with-errors");
        assertThat(page).hasTitle("Error: Data protection - Marigold Thistlewood - Linkwork");
        assertThat(page.locator(".nhsuk-error-summary")).isVisible();

        page.getByLabel("Restriction of processing (Art. 18)").check();
        page.getByLabel("Day").fill("2");
        page.getByLabel("Month").fill("11");
        page.getByLabel("Year").fill("2026");
        page.getByLabel("Carried out", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        visitor.checkPage("data-protection-person-restricted");

        assertThat(page.locator("#done")).containsText("The decision was recorded and carried out");
        assertThat(page.locator("#restricted")).containsText("Processing restricted");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Restriction of processing (Art. 18)");
    }

    @Test
    void anAdministratorSeesWhatTheRetentionRulesWouldLetGoOf(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.openAndCheck("/admin/data-protection/retention", "retention");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("What the retention rules would let go of now");
    }
}
