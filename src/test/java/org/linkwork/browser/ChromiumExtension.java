package org.linkwork.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium per test class (closed after the class), one fresh browser context per test pointed
 * at the application's random port. After each test it saves a screenshot if the test failed, and
 * fails a passing test whose pages logged errors: a refused inline style or script, a missing asset or
 * a script error is a bug even when the assertions did not look for it.
 */
class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext classContext) {
        Screenshots.forTestClass(classContext.getRequiredTestClass()).clear();
        // Stored at class level, so JUnit closes it after the class; nested classes find their parent's.
        classContext.getStore(NAMESPACE).computeIfAbsent(RunningChromium.class, key -> RunningChromium.launch(),
                RunningChromium.class);
    }

    @Override
    public void beforeEach(ExtensionContext testContext) {
        Browser browser = testContext.getStore(NAMESPACE).get(RunningChromium.class, RunningChromium.class).browser();
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + serverPort(testContext))
                .setLocale("en-GB")
                .setViewportSize(1280, 800));
        // The store closes AutoCloseable values after the test, which closes the context and its pages.
        testContext.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
        Page page = browserContext.newPage();
        BrowserErrors errors = BrowserErrors.listenTo(page);
        testContext.getStore(NAMESPACE).put(Visitor.class,
                new Visitor(page, Screenshots.forTestClass(testContext.getRequiredTestClass()), errors));
    }

    @Override
    public void afterTestExecution(ExtensionContext testContext) {
        Visitor visitor = visitor(testContext);
        if (testContext.getExecutionException().isPresent()) {
            visitor.screenshot("failed-" + testContext.getRequiredTestMethod().getName());
        } else {
            visitor.errors().assertNone();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Visitor.class || type == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Visitor visitor = visitor(context);
        return parameter.getParameter().getType() == Page.class ? visitor.page() : visitor;
    }

    private static Visitor visitor(ExtensionContext testContext) {
        return testContext.getStore(NAMESPACE).get(Visitor.class, Visitor.class);
    }

    private static int serverPort(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
    }
}
