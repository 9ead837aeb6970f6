package org.linkwork.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.linkwork.people.TestPeople.birthDate;
import static org.linkwork.people.TestPeople.nhsNumber;
import static org.linkwork.people.TestPeople.person;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.people.PersonId;
import org.linkwork.people.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The link worker's people pages in Chromium: accessible (axe-core, WCAG 2.2 AA) and free of
 * anything the Content-Security-Policy refuses.
 */
@BrowserTest
class PersonPagesBrowserTests {

    @Autowired
    People people;

    @Test
    void aLinkWorkerReadsARecordWithItsConsentHistory(Visitor visitor) {
        PersonId id = people.register(TestPeople.everything("Juniper", "Thistlewood", birthDate(), nhsNumber()))
                .personId();
        people.recordConsent(id, Consent.Scope.EVALUATION, Optional.empty(), true, null);
        visitor.signInAs("linkworker");

        Page page = visitor.openAndCheck("/people/" + id, "record");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Juniper Thistlewood");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Decisions in force")))
                .containsText("Agreed");
    }

    @Test
    void theEditFormShowsProblemsInTheErrorSummaryAndNextToTheFields(Visitor visitor) {
        PersonId id = people.register(person("Kit", "Thistlewood", birthDate(), null, "HX1 1UJ")).personId();
        visitor.signInAs("linkworker");
        Page page = visitor.openAndCheck("/people/" + id + "/edit", "edit");

        page.getByLabel("NHS number (optional)").fill("999 000 0027");
        page.getByLabel("Email address (optional)").fill("kit-at-example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        visitor.checkPage("edit-with-errors");

        assertThat(page).hasTitle("Error: Change details - People - Linkwork");
        assertThat(page.locator(".nhsuk-error-summary a[href='#nhsNumber']")).isVisible();
        assertThat(page.locator("#nhsNumber-error")).containsText("This is not a valid NHS number");
        assertThat(page.locator("#email-error")).containsText("correct format");
    }

    @Test
    void theDuplicatesPageComparesRecordsSideBySide(Visitor visitor) {
        LocalDate born = birthDate();
        people.register(person("Lavender", "Thistlewood", born, null, "HX1 1UJ"));
        people.register(person("Lavendar", "Thistlewood", born, null, "HX1 1UJ"));
        visitor.signInAs("linkworker");

        Page page = visitor.openAndCheck("/people/duplicates", "duplicates");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Possible duplicate records");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Lavendar Thistlewood");
    }
}
