package org.linkwork.identity.web;

import java.time.Duration;
import org.linkwork.identity.internal.SignInProtectionSettings;
import org.linkwork.platform.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final DemoMode demoMode;
    private final SignInProtectionSettings protection;

    LoginController(DemoMode demoMode, SignInProtectionSettings protection) {
        this.demoMode = demoMode;
        this.protection = protection;
    }

    @GetMapping("/login")
    String showSignIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "locked", required = false) String locked,
            @RequestParam(name = "throttled", required = false) String throttled, Model model) {
        model.addAttribute("demo", demoMode.enabled());
        String problem = locked != null
                ? "This account is locked after too many failed sign-ins. Try again in %s, or ask an administrator to unlock it"
                        .formatted(minutes(protection.lockout()))
                : throttled != null
                        ? "There have been too many failed sign-ins from your network. Wait %s and try again"
                                .formatted(minutes(protection.addressWindow()))
                        : error != null ? "The username or password is not right" : null;
        model.addAttribute("failed", problem != null);
        model.addAttribute("problem", problem);
        return "identity/login";
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
