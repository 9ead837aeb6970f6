package org.linkwork.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;

@BrowserTest
class InformationPagesBrowserTests {

    @Test
    void startPageInvitesPeopleToSearchForSupport(Visitor visitor) {
        Page page = visitor.openAndCheck("/", "start");

        assertThat(page).hasTitle("Linkwork - find support in your community");
        assertThat(mainHeading(page)).hasText("Find support in your community");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search for support near you")))
                .hasAttribute("href", "/find-support");
        assertThat(page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")))
                .isVisible();
    }

    @Test
    void accessibilityStatementSaysWhichStandardLinkworkMeets(Visitor visitor) {
        Page page = visitor.openAndCheck("/accessibility", "accessibility-statement");

        assertThat(mainHeading(page)).hasText("Accessibility statement");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("WCAG) 2.2 at level AA");
    }

    @Test
    void aboutTheDataNamesTheSourcesAndTheirLicence(Visitor visitor) {
        Page page = visitor.openAndCheck("/about-the-data", "about-the-data");

        assertThat(mainHeading(page)).hasText("About the data");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geography"))).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Open Government Licence v3.0");
    }

    @Test
    void footerLinksToTheAccessibilityStatement(Visitor visitor) {
        Page page = visitor.open("/about-the-data");

        page.getByRole(AriaRole.CONTENTINFO)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibility statement"))
                .click();

        assertThat(mainHeading(page)).hasText("Accessibility statement");
    }

    @Test
    void pagesReflowOnA320PixelWideScreenWithoutSidewaysScrolling(Visitor visitor) {
        Page page = visitor.page();
        page.setViewportSize(320, 640);
        visitor.signInAs("admin");
        visitor.checkPage("start-320px-wide-as-admin");

        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))).isVisible();
        assertThat(page.locator("html")).hasJSProperty("scrollWidth", 320);
    }

    private static Locator mainHeading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
