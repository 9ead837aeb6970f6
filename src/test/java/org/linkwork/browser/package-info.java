/**
 * Browser tests against the running application: a test class annotated {@link org.linkwork.browser.BrowserTest}
 * takes a {@link org.linkwork.browser.Visitor} that opens pages, signs in through the real form, checks a page
 * with axe-core and saves screenshots under {@code target/screenshots/}. It uses the machine's Chromium and
 * must never download a browser.
 */
package org.linkwork.browser;
