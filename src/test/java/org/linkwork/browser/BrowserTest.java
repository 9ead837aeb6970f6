package org.linkwork.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the whole application on a random port and drives it with a real headless Chromium.
 * Test methods take a {@link Visitor} (or a plain Playwright {@code Page}) as a parameter; each test
 * gets a fresh browser context, so no cookies or sessions leak between tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {
}
