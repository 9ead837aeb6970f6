package org.linkwork.browser;

import java.util.List;

/**
 * One axe-core rule that a page breaks, with the CSS selectors of the elements that break it.
 */
public record AccessibilityViolation(String id, String impact, String help, String helpUrl, List<String> targets) {

    boolean isSeriousOrWorse() {
        return "serious".equals(impact) || "critical".equals(impact);
    }

    String describe() {
        return id + " (" + impact + "): " + help + " " + helpUrl + "\n      at " + String.join("\n      at ", targets);
    }
}
