package org.linkwork.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core on the page as it is now, against WCAG 2.0, 2.1 and 2.2 levels A and AA. Serious and
 * critical violations fail the test; minor and moderate ones are left to people to judge, because axe
 * reports some of them on markup the NHS.UK design system chose on purpose.
 */
public final class AccessibilityCheck {

    // axe-core has no rules tagged "wcag22a": the new level A criteria of 2.2 cannot be tested automatically.
    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AccessibilityCheck() {
    }

    public static void assertNoSeriousViolations(Page page) {
        List<AccessibilityViolation> serious = violations(page).stream()
                .filter(AccessibilityViolation::isSeriousOrWorse)
                .toList();
        if (!serious.isEmpty()) {
            throw new AssertionError(serious.size() + " serious or critical accessibility violation(s) on " + page.url()
                    + ":\n  " + serious.stream().map(AccessibilityViolation::describe).collect(Collectors.joining("\n  ")));
        }
    }

    public static List<AccessibilityViolation> violations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AND_AA).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(AccessibilityCheck::violation).toList();
    }

    private static AccessibilityViolation violation(Rule rule) {
        List<String> targets = rule.getNodes().stream().map(AccessibilityCheck::target).toList();
        return new AccessibilityViolation(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets);
    }

    // axe gives a target as a list of selectors, one per frame or shadow root on the way to the element.
    private static String target(CheckedNode node) {
        return node.getTarget() instanceof List<?> selectors
                ? selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
                : String.valueOf(node.getTarget());
    }
}
