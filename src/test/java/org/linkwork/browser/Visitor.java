package org.linkwork.browser;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;

/**
 * A person using Linkwork in a browser of their own, for one test. Paths are relative to the running
 * application, e.g. {@code visitor.open("/accessibility")}.
 */
public final class Visitor {

    private final Page page;
    private final Screenshots screenshots;
    private final BrowserErrors errors;

    Visitor(Page page, Screenshots screenshots, BrowserErrors errors) {
        this.page = page;
        this.screenshots = screenshots;
        this.errors = errors;
    }

    /** The Playwright page, for anything the visitor's own methods do not cover. */
    public Page page() {
        return page;
    }

    BrowserErrors errors() {
        return errors;
    }

    public Page open(String path) {
        page.navigate(path);
        return page;
    }

    /** Signs in through the sign-in form with the demo password, and fails if that does not work. */
    public void signInAs(String username) {
        new SignInForm(page).submit(username, SignInForm.DEMO_PASSWORD);
        String path = URI.create(page.url()).getPath();
        if (path.equals("/login")) {
            throw new AssertionError("Signing in as " + username + " failed: the sign-in page came back");
        }
    }

    /** Fails on serious or critical axe-core violations of WCAG A and AA on the page as it is now. */
    public void assertAccessible() {
        AccessibilityCheck.assertNoSeriousViolations(page);
    }

    public Path screenshot(String name) {
        return screenshots.save(page, name);
    }

    /** The usual check for a page: a screenshot saved for people to look at, then axe-core. */
    public Page checkPage(String screenshotName) {
        screenshot(screenshotName);
        assertAccessible();
        return page;
    }

    /** Opens a page and checks it; returns it for assertions about its content. */
    public Page openAndCheck(String path, String screenshotName) {
        open(path);
        return checkPage(screenshotName);
    }
}
