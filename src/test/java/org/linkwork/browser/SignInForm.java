package org.linkwork.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The real sign-in page, filled in and sent the way a person would: by its labels and its button.
 */
public record SignInForm(Page page) {

    public static final String DEMO_PASSWORD = "demo-password";

    /** Opens {@code /login}, submits the form and waits for the page the application answers with. */
    public void submit(String username, String password) {
        page.navigate("/login");
        String signInPage = page.url();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.equals(signInPage));
    }
}
