package org.linkwork.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness checks itself on pages written to pass or fail, so a broken axe-core or error listener
 * cannot turn every browser test silently green. No application is needed.
 */
class BrowserChecksTests {

    private static RunningChromium chromium;

    @BeforeAll
    static void launchChromium() {
        chromium = RunningChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
    }

    @Test
    void failsListingEverySeriousViolationWithItsTarget() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.setContent(document("<img id='photo' src='data:,'><input id='name'>"));

            assertThatThrownBy(() -> AccessibilityCheck.assertNoSeriousViolations(page))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt (critical)")
                    .hasMessageContaining("#photo")
                    .hasMessageContaining("label (critical)")
                    .hasMessageContaining("#name");
        }
    }

    @Test
    void passesAPageWithoutSeriousViolations() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.setContent(document("<label for='name'>Name</label><input id='name'>"));

            assertThatCode(() -> AccessibilityCheck.assertNoSeriousViolations(page)).doesNotThrowAnyException();
            assertThat(AccessibilityCheck.violations(page)).noneMatch(AccessibilityViolation::isSeriousOrWorse);
        }
    }

    @Test
    void browserErrorsIncludeUncaughtScriptExceptions() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserErrors errors = BrowserErrors.listenTo(page);
            page.setContent(document("<script>throw new Error('broken on purpose')</script>"));

            assertThatThrownBy(errors::assertNone).hasMessageContaining("broken on purpose");
        }
    }

    private static String document(String body) {
        return "<!DOCTYPE html><html lang='en'><head><title>Check</title></head><body><main><h1>Check</h1>"
                + body + "</main></body></html>";
    }
}
