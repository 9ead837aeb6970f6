package org.linkwork.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.SignInForm;
import org.linkwork.browser.Visitor;

@BrowserTest
class AccountBrowserTests {

    @Test
    void signingInReplacesTheSessionCookie(Visitor visitor) {
        Page page = visitor.open("/login");
        String before = sessionCookie(page);
        new SignInForm(page).submit("commissioner", "demo-password");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        String after = sessionCookie(page);
        org.assertj.core.api.Assertions.assertThat(before).isNotBlank();
        org.assertj.core.api.Assertions.assertThat(after).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void anAdministratorAddsAnAccountAndSeesTheProblemsNextToTheFields(Visitor visitor) {
        visitor.signInAs("admin");
        visitor.openAndCheck("/admin/accounts", "accounts");
        Page page = visitor.openAndCheck("/admin/accounts/new", "account-new");
        page.getByLabel("Username").fill("Not Valid");
        page.getByLabel("Temporary password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the account")).click();
        visitor.checkPage("account-new-errors");
        assertThat(page.locator("#username-error")).containsText("lower-case letters");
        assertThat(page.locator("#password-error")).containsText("at least 12 characters");
        assertThat(page.locator("#displayName-error")).containsText("Enter the person's name");
        assertThat(page.getByLabel("Temporary password")).hasValue("");
    }

    @Test
    void anAdministratorChecksTheAuditLog(Visitor visitor) {
        visitor.signInAs("admin");
        Page page = visitor.openAndCheck("/admin/audit?action=signin", "audit-log");
        assertThat(page.locator("#audit-events")).containsText("signin.succeeded");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the log has not been altered")).click();
        visitor.checkPage("audit-verified");
        assertThat(page.locator("#chain-intact")).containsText("The chain matches every sealed event");
    }

    @Test
    void anyoneSignedInCanOpenTheChangePasswordPage(Visitor visitor) {
        visitor.signInAs("referrer");
        Page page = visitor.openAndCheck("/account/password", "change-password");
        page.getByLabel("Current password").fill("demo-password");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("password2026");
        page.getByLabel("New password again").fill("password2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        visitor.checkPage("change-password-errors");
        assertThat(page.locator("#newPassword-error")).containsText("harder to guess");
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
