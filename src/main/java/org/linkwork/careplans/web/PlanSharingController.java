package org.linkwork.careplans.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.PlanSharing;
import org.linkwork.careplans.ShareLink;
import org.linkwork.careplans.web.PlanForms.ShareForm;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.platform.FormErrors;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sharing the plan with the person: recording their agreement, making a link (shown once, since only
 * its hash is kept), and switching links off.
 */
@Controller
class PlanSharingController {

    static final String SHARING_REASON = "link worker shares the care plan with the person";

    private final CarePlans plans;
    private final PlanSharing sharing;
    private final People people;
    private final Clock clock;

    PlanSharingController(CarePlans plans, PlanSharing sharing, People people, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.sharing = sharing;
        this.people = people;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/care-plans/{id}/sharing")
    String showSharing(@PathVariable UUID id, Model model) {
        CarePlan plan = plans.plan(new CarePlanId(id), SHARING_REASON);
        if (!model.containsAttribute("shareForm")) {
            model.addAttribute("shareForm", new ShareForm());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("person", people.summary(plan.personId(), SHARING_REASON));
        model.addAttribute("consents", people.hasConsent(plan.personId(), Consent.Scope.SHARE_CARE_PLAN, Optional.empty()));
        model.addAttribute("links", sharing.links(plan.id()));
        model.addAttribute("now", clock.instant());
        return "careplans/sharing";
    }

    @PostMapping("/care-plans/{id}/sharing/consent")
    String recordConsent(@PathVariable UUID id, @ModelAttribute("shareForm") ShareForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        CarePlan plan = plans.plan(new CarePlanId(id), SHARING_REASON);
        if (!form.isConsent()) {
            FormErrors.addTo(result, java.util.List.of(new InvalidInput.FieldProblem("consent",
                    "Tick the box to confirm that the person agrees")));
            return showSharing(id, model);
        }
        people.recordConsent(plan.personId(), Consent.Scope.SHARE_CARE_PLAN, Optional.empty(), true,
                "Agreed when their care plan was shared");
        redirect.addFlashAttribute("saved", "Their agreement is recorded");
        return "redirect:/care-plans/" + id + "/sharing";
    }

    @PostMapping("/care-plans/{id}/sharing/links")
    String makeLink(@PathVariable UUID id, @ModelAttribute("shareForm") ShareForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            ShareLink.Made made = sharing.share(new CarePlanId(id));
            redirect.addFlashAttribute("newLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/my-plan/{token}").buildAndExpand(made.token()).toUriString());
            redirect.addFlashAttribute("saved", "Link made. Give it to the person now: it is not shown again.");
            return "redirect:/care-plans/" + id + "/sharing";
        } catch (InvalidInput e) {
            model.addAttribute("problem", e.getMessage());
            return showSharing(id, model);
        }
    }

    @PostMapping("/care-plans/{id}/sharing/links/{linkId}/revocation")
    String revokeLink(@PathVariable UUID id, @PathVariable UUID linkId, Model model, RedirectAttributes redirect) {
        try {
            sharing.revoke(new CarePlanId(id), linkId);
            redirect.addFlashAttribute("saved", "Link switched off");
        } catch (NotFound e) {
            redirect.addFlashAttribute("saved", "That link was already switched off");
        }
        return "redirect:/care-plans/" + id + "/sharing";
    }
}
