package org.linkwork.referrals.web;

import org.linkwork.platform.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Referrals;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public self-referral form: no account, plain English. It makes a referral to the place's
 * link-worker service like any other. Robots are kept out by a honeypot field (a filled one is
 * thanked and nothing is made) and a limit on referrals from one network address an hour. The
 * confirmation never says whether the person was known already.
 */
@Controller
class SelfReferralController {

    private final Referrals referrals;
    private final SelfReferralRateLimit rateLimit;

    SelfReferralController(Referrals referrals, SelfReferralRateLimit rateLimit) {
        this.referrals = referrals;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/self-referral")
    String initSelfReferralForm(Model model) {
        model.addAttribute("referForm", new ReferForm());
        return "referrals/self-referral";
    }

    @PostMapping("/self-referral")
    String processSelfReferralForm(@ModelAttribute("referForm") ReferForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            return "redirect:/self-referral/sent";
        }
        String address = request.getRemoteAddr();
        if (rateLimit.exhausted(address)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "referrals/self-referral-too-many";
        }
        List<FieldProblem> problems = new ArrayList<>();
        NewReferral referral = form.toNewReferral(NewReferral.Door.SELF_REFERRAL, problems);
        try {
            referrals.receive(referral);
            rateLimit.count(address);
            return "redirect:/self-referral/sent";
        } catch (InvalidInput e) {
            problems.addAll(e.problems().stream().map(ReferForm::onForm).toList());
        }
        FormErrors.addTo(result, problems);
        return "referrals/self-referral";
    }

    @GetMapping("/self-referral/sent")
    String showSelfReferralSent() {
        return "referrals/self-referral-sent";
    }
}
