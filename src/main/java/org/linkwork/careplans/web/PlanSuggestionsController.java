package org.linkwork.careplans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.linkwork.careplans.ActionStatus;
import org.linkwork.careplans.Barrier;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.ConversationDetails;
import org.linkwork.careplans.NewAction;
import org.linkwork.careplans.PlanChangedConcurrently;
import org.linkwork.careplans.PlanClosed;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.SuggestionRequest;
import org.linkwork.matching.Suggestions;
import org.linkwork.matching.SuggestionsWithNearMisses;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suggestions from the directory for a plan: what the person said matters to them, where they live,
 * their age and the barriers they named become the request to module matching; the link worker can
 * narrow it (free only, step-free, how far), and picks a suggestion into the plan as an action, or as
 * an action with the onward referral made, in one step. When few fit, what would fit without "free only" or
 * "how far" can be picked the same way.
 */
@Controller
class PlanSuggestionsController {

    private static final String WHY = "suggestions from the directory for the care plan";

    private final CarePlans plans;
    private final People people;
    private final Suggestions suggestions;
    private final Directory directory;
    private final Clock clock;

    PlanSuggestionsController(CarePlans plans, People people, Suggestions suggestions, Directory directory,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.people = people;
        this.suggestions = suggestions;
        this.directory = directory;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * The narrowing the link worker chose; unset on the first visit, when the conversation's barriers
     * decide.
     */
    record Narrowing(Boolean freeOnly, Boolean stepFree, Boolean noTransport, Double maxDistanceKm) {
    }

    @GetMapping("/care-plans/{id}/suggestions")
    String showSuggestions(@PathVariable UUID id, @RequestParam(required = false) Boolean freeOnly,
            @RequestParam(required = false) Boolean stepFree, @RequestParam(required = false) Boolean noTransport,
            @RequestParam(required = false) String maxDistanceKm, @RequestParam(required = false) String narrowed,
            Model model) {
        CarePlan plan = plans.plan(new CarePlanId(id), WHY);
        Person person = people.read(plan.personId(), WHY);
        Optional<ConversationDetails> conversation = plan.conversation().map(c -> c.details());
        Set<Barrier> barriers = conversation.map(c -> c.barriers().stream()
                .map(ConversationDetails.BarrierDetail::barrier).collect(java.util.stream.Collectors.toSet()))
                .orElse(Set.of());
        boolean chosen = narrowed != null;
        boolean free = chosen ? Boolean.TRUE.equals(freeOnly) : barriers.contains(Barrier.COST);
        boolean stepFreeNeeded = chosen ? Boolean.TRUE.equals(stepFree) : barriers.contains(Barrier.MOBILITY_OR_PAIN);
        boolean cannotTravel = chosen ? Boolean.TRUE.equals(noTransport) : barriers.contains(Barrier.TRANSPORT);
        Double distance = parseDistance(maxDistanceKm);

        model.addAttribute("plan", plan);
        model.addAttribute("freeOnly", free);
        model.addAttribute("stepFree", stepFreeNeeded);
        model.addAttribute("noTransport", cannotTravel);
        model.addAttribute("maxDistanceKm", maxDistanceKm == null ? "" : maxDistanceKm);
        model.addAttribute("whatMatters", whatMatters(conversation));
        if (conversation.isEmpty()) {
            model.addAttribute("noConversation", true);
        }
        String postcode = person.address().postcode();
        if (postcode == null || postcode.isBlank()) {
            model.addAttribute("problem", "The person's record has no postcode: add one to their record to see what is near them");
            return "careplans/suggestions";
        }
        Integer age = person.birthDate() == null ? null
                : Period.between(person.birthDate(), LocalDate.now(clock)).getYears();
        Constraints constraints = new Constraints(distance, Set.of(), Set.of(), free ? BigDecimal.ZERO : null, age,
                false, stepFreeNeeded, null, cannotTravel);
        try {
            SuggestionsWithNearMisses found = suggestions.suggestWithNearMisses(new SuggestionRequest(postcode, null,
                    whatMatters(conversation), List.of(), constraints, SuggestionRequest.DEFAULT_LIMIT));
            model.addAttribute("suggestions", found.suggestions());
            model.addAttribute("found", found);
        } catch (InvalidInput e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "careplans/suggestions";
    }

    @PostMapping("/care-plans/{id}/suggestions/action")
    String addSuggestionToPlan(@PathVariable UUID id, @RequestParam int version, @RequestParam String serviceId,
            @RequestParam(defaultValue = "false") boolean referOn, @RequestParam(defaultValue = "false") boolean share,
            RedirectAttributes redirect, HttpServletResponse response, Model model) {
        CarePlanId planId = new CarePlanId(id);
        Service service = directory.findService(serviceId).orElseThrow(() -> new NotFound("Service", serviceId));
        NewAction action = new NewAction("Try " + service.name(), "Me, with my link worker", null, Optional.empty(),
                ActionStatus.TO_DO);
        try {
            if (referOn) {
                plans.addReferralAction(planId, version, serviceId, "Suggested from the directory for what matters to them",
                        share, action);
                redirect.addFlashAttribute("saved", service.name() + " added to the plan, and the service has been asked to accept the referral");
            } else {
                plans.addServiceAction(planId, version, serviceId, action);
                redirect.addFlashAttribute("saved", service.name() + " added to the plan");
            }
        } catch (PlanChangedConcurrently e) {
            redirect.addFlashAttribute("saved", "Someone else changed the plan meanwhile: check it, then add "
                    + service.name() + " again if it is still wanted");
        } catch (PlanClosed | InvalidInput e) {
            redirect.addFlashAttribute("saved", e.getMessage());
        }
        return "redirect:/care-plans/" + id;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** What the person said matters and what they enjoy, with the words they gave about their barriers. */
    private static String whatMatters(Optional<ConversationDetails> conversation) {
        if (conversation.isEmpty()) {
            return null;
        }
        ConversationDetails details = conversation.get();
        List<String> words = new ArrayList<>();
        for (String part : new String[] {details.whatMatters(), details.enjoys(), details.worries()}) {
            if (part != null && !part.isBlank()) {
                words.add(part.strip());
            }
        }
        details.barriers().stream().map(ConversationDetails.BarrierDetail::detail)
                .filter(detail -> detail != null && !detail.isBlank()).forEach(words::add);
        return words.isEmpty() ? null : String.join(". ", words);
    }

    private static Double parseDistance(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double km = Double.parseDouble(text.strip());
            return km > 0 && km <= 200 ? km : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
