package org.linkwork.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages about Linkwork itself: the start page, accessibility and the data's sources.
 */
@Controller
class InformationPagesController {

    @GetMapping("/")
    String showStart() {
        return "platform/start";
    }

    @GetMapping("/accessibility")
    String showAccessibilityStatement() {
        return "platform/accessibility";
    }

    @GetMapping("/about-the-data")
    String showAboutTheData() {
        return "platform/about-the-data";
    }
}
