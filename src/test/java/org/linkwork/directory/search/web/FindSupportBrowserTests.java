package org.linkwork.directory.search.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linkwork.browser.BrowserTest;
import org.linkwork.browser.Visitor;

/**
 * A member of the public looks for an arthritis group near HX1 that is free and step-free, in the
 * Calderdale demo directory, and opens one.
 */
@BrowserTest
class FindSupportBrowserTests {

    @Test
    void findsAFreeStepFreeArthritisGroupNearHx1(Visitor visitor) {
        Page page = visitor.openAndCheck("/find-support", "1-search");

        page.getByLabel("What are you looking for?").fill("arthritis");
        page.getByLabel("Where?").fill("HX1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*q=arthritis.*where=HX1.*"));
        assertThat(page.locator("#results-heading")).containsText("found");
        assertThat(results(page).first()).containsText("km away");
        visitor.checkPage("2-results");

        // Each tick updates the results in place (htmx) and the address bar; wait for one before the next.
        page.getByLabel("Free only").check();
        assertThat(page).hasURL(Pattern.compile(".*free=yes.*"));
        page.getByLabel("Step-free access").check();
        assertThat(page).hasURL(Pattern.compile(".*access=step-free.*"));
        assertThat(results(page).first()).isVisible();
        for (Locator result : results(page).all()) {
            assertThat(result.locator("dt:text-is('Cost') + dd")).hasText("Free");
            assertThat(result.locator("dt:text-is('Accessibility') + dd")).containsText("Step-free access");
        }
        assertThat(page.getByLabel("Free only")).isChecked();
        assertThat(page.getByLabel("Step-free access")).isChecked();
        visitor.checkPage("3-free-and-step-free");

        Locator first = results(page).first().getByRole(AriaRole.LINK);
        String name = first.textContent().strip();
        first.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Free");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report a problem with this listing")))
                .isVisible();
        assertThat(page.url()).contains("/services/");
        visitor.checkPage("4-service");
    }

    private static Locator results(Page page) {
        return page.locator(".linkwork-result");
    }
}
