package org.linkwork.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's own Chromium, driven by Playwright. Nothing is downloaded: Playwright is told not to
 * fetch browsers, and Chromium runs with its phoning-home features off.
 */
record RunningChromium(Playwright playwright, Browser browser) implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static RunningChromium launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            return new RunningChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
