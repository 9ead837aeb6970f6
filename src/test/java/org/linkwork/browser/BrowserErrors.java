package org.linkwork.browser;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page reported as going wrong: console errors (Chromium logs refused inline styles and
 * scripts, and assets that fail to load, as errors) and uncaught script exceptions.
 */
final class BrowserErrors {

    private final List<String> messages = new ArrayList<>();

    private BrowserErrors() {
    }

    static BrowserErrors listenTo(Page page) {
        BrowserErrors errors = new BrowserErrors();
        page.onConsoleMessage(message -> errors.recordIfError(message));
        page.onPageError(error -> errors.messages.add("uncaught: " + error));
        return errors;
    }

    private void recordIfError(ConsoleMessage message) {
        if ("error".equals(message.type())) {
            messages.add(message.text() + " (" + message.location() + ")");
        }
    }

    void assertNone() {
        if (!messages.isEmpty()) {
            throw new AssertionError("The browser reported errors:\n  " + String.join("\n  ", messages));
        }
    }
}
