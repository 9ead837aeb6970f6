package org.linkwork.referrals.web;

import org.linkwork.platform.FormErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.people.People;
import org.linkwork.people.PersonSummary;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.ReferralDetail;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.Urgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For referrers: the referral form, meant to take under two minutes, and "my referrals", where they
 * see what became of each referral and of the onward referrals made from it (closing the loop).
 */
@Controller
class ReferrerPagesController {

    static final String FOLLOW_UP_REASON = "referrer follows up their referral";

    private final Referrals referrals;
    private final People people;
    private final Directory directory;

    ReferrerPagesController(Referrals referrals, People people, Directory directory) {
        this.referrals = referrals;
        this.people = people;
        this.directory = directory;
    }

    @GetMapping("/refer")
    String initReferralForm(Model model) {
        ReferForm form = new ReferForm();
        form.setUrgency(Urgency.ROUTINE.code());
        model.addAttribute("referForm", form);
        return referralForm(model);
    }

    @PostMapping("/refer")
    String processReferralForm(@ModelAttribute("referForm") ReferForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        NewReferral referral = form.toNewReferral(NewReferral.Door.REFERRAL_FORM, problems);
        try {
            Receipt receipt = referrals.receive(referral);
            redirect.addFlashAttribute("referralId", receipt.id().toString());
            return "redirect:/refer/sent";
        } catch (InvalidInput e) {
            problems.addAll(e.problems().stream().map(ReferForm::onForm).toList());
        }
        FormErrors.addTo(result, problems);
        return referralForm(model);
    }

    @GetMapping("/refer/sent")
    String showReferralSent(Model model) {
        if (!model.containsAttribute("referralId")) {
            return "redirect:/refer";
        }
        return "referrals/refer-sent";
    }

    @GetMapping("/my-referrals")
    String showMyReferrals(Model model) {
        List<ReferralDetail> mine = referrals.referredByMe();
        Map<String, PersonSummary> people = new LinkedHashMap<>();
        for (ReferralDetail detail : mine) {
            people.computeIfAbsent(detail.referral().personId().toString(),
                    id -> this.people.summary(detail.referral().personId(), FOLLOW_UP_REASON));
        }
        model.addAttribute("referrals", mine);
        model.addAttribute("people", people);
        return "referrals/my-referrals";
    }

    private String referralForm(Model model) {
        model.addAttribute("sources", List.of(Source.GP, Source.PHYSIO, Source.SOCIAL_CARE, Source.VCS, Source.OTHER));
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("needTerms", topLevelNeeds(directory));
        return "referrals/refer";
    }

    static List<TaxonomyTerm> topLevelNeeds(Directory directory) {
        return directory.taxonomyTerms(LinkworkTaxonomies.NEEDS).stream()
                .filter(t -> t.parentId() == null || t.parentId().isBlank()).toList();
    }
}
