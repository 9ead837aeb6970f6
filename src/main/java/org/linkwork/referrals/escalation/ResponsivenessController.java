package org.linkwork.referrals.escalation;

import org.linkwork.referrals.ServiceResponsiveness;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * How a service answers referrals, as a fragment for the pages where a link worker chooses a service
 * to refer on to (include it, or fetch it with htmx).
 */
@Controller
class ResponsivenessController {

    private final ServiceResponsiveness responsiveness;

    ResponsivenessController(ServiceResponsiveness responsiveness) {
        this.responsiveness = responsiveness;
    }

    @GetMapping("/referrals/services/{serviceId}/responsiveness")
    String showResponsiveness(@PathVariable String serviceId, Model model) {
        model.addAttribute("responsiveness", responsiveness.of(serviceId));
        return "referrals/inbox/responsiveness :: summary";
    }
}
