package org.linkwork.identity.web;

import org.linkwork.platform.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String showSignIn(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("demo", demoMode.enabled());
        model.addAttribute("failed", error != null);
        return "identity/login";
    }
}
