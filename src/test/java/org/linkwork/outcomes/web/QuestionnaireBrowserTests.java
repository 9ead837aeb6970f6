package org.linkwork.outcomes.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;

@BrowserTest
class QuestionnaireBrowserTests {

    @Test
    void anAdministratorListsTheDefinitionsAndOpensOne(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.openAndCheck("/admin/outcomes/questionnaires", "questionnaires");
        assertThat(page.locator("#questionnaires")).containsText("ONS4 personal well-being");
        assertThat(page.locator("#questionnaires")).containsText("Each question");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ONS4 personal well-being")).click();
        visitor.checkPage("questionnaire-ons4");
        assertThat(page.locator("h1")).hasText("ONS4 personal well-being");
        assertThat(page.locator("#copyright")).containsText("Open Government Licence");
        assertThat(page.locator("#items")).containsText("Overall, how satisfied are you with your life nowadays?");
        assertThat(page.locator("#items")).containsText("a whole number from 0 to 10");
        assertThat(page.locator("#scoring-rule")).containsText("Each scored question is reported as a score of its own");
    }

    @Test
    void anAdministratorUploadsADefinitionWithAConversionTable(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.open("/admin/outcomes/questionnaires");
        page.getByLabel("Questionnaire file (JSON)").setInputFiles(
                Path.of("src/test/resources/org/linkwork/outcomes/seven-item-converted.json"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        visitor.checkPage("questionnaires-imported");
        assertThat(page.locator("#import-report")).containsText("1 imported");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seven items, summed and converted (test shape)")).click();
        visitor.checkPage("questionnaire-seven-items");
        assertThat(page.locator("#conversion")).containsText("9.51");
        assertThat(page.locator("#items")).containsText("Placeholder statement 7");
    }

    @Test
    void anAdministratorSeesWhyAFileWasRefused(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.open("/admin/outcomes/questionnaires");
        page.getByLabel("Questionnaire file (JSON)").setInputFiles(
                Path.of("src/test/resources/org/linkwork/outcomes/not-a-questionnaire.json"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        visitor.checkPage("questionnaires-refused");
        assertThat(page.locator("#file-error")).containsText("not a FHIR Questionnaire");
    }
}
