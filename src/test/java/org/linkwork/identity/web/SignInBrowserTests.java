package org.linkwork.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.SignInForm;
import org.linkwork.browser.Visitor;

@BrowserTest
class SignInBrowserTests {

    @Test
    void signInPageOffersTheDemoAccounts(Visitor visitor) {
        Page page = visitor.openAndCheck("/login", "sign-in");

        assertThat(page).hasTitle("Sign in - Linkwork");
        assertThat(mainHeading(page)).hasText("Sign in");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("demo-password");
        assertThat(page.getByLabel("Username")).isEditable();
        assertThat(page.getByLabel("Password")).hasAttribute("type", "password");
    }

    @Test
    void failedSignInShowsTheErrorSummaryAndTheFieldError(Visitor visitor) {
        Page page = visitor.page();
        new SignInForm(page).submit("admin", "not-the-password");
        visitor.checkPage("sign-in-failed");

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page).hasTitle("Error: Sign in - Linkwork");
        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("The username or password is not right");
        assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#username");
        assertThat(page.locator("#username-error")).hasText("Error: The username or password is not right");
        assertThat(page.getByLabel("Username")).hasAttribute("aria-describedby", "username-error");
    }

    @Test
    void adminSigningInLandsOnTheStartPageWithTheAdminLink(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.checkPage("signed-in-as-admin");

        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(mainHeading(page)).hasText("Find support in your community");
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"));
        assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Admin")))
                .hasAttribute("href", "/admin");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    @Test
    void signingOutReturnsToTheStartPageSignedOut(Visitor visitor) {
        visitor.signInAs("provider");
        Page page = visitor.page();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(Pattern.compile("/\\?signed-out$"));
        assertThat(page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
    }

    private static Locator mainHeading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
