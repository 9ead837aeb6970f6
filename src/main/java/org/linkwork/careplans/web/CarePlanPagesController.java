package org.linkwork.careplans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.linkwork.careplans.ActionId;
import org.linkwork.careplans.ActionStatus;
import org.linkwork.careplans.Barrier;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.Contingency;
import org.linkwork.careplans.ConversationDetails;
import org.linkwork.careplans.ConversationDetails.BarrierDetail;
import org.linkwork.careplans.Goal;
import org.linkwork.careplans.GoalId;
import org.linkwork.careplans.GoalStatus;
import org.linkwork.careplans.MskHealth;
import org.linkwork.careplans.NewAction;
import org.linkwork.careplans.NewGoal;
import org.linkwork.careplans.PlanAction;
import org.linkwork.careplans.PlanChangedConcurrently;
import org.linkwork.careplans.PlanClosed;
import org.linkwork.careplans.Review;
import org.linkwork.careplans.web.PlanForms.ActionForm;
import org.linkwork.careplans.web.PlanForms.AgreeForm;
import org.linkwork.careplans.web.PlanForms.ContingencyForm;
import org.linkwork.careplans.web.PlanForms.ConversationForm;
import org.linkwork.careplans.web.PlanForms.GoalForm;
import org.linkwork.careplans.web.PlanForms.MskForm;
import org.linkwork.careplans.web.PlanForms.ReviewDateForm;
import org.linkwork.careplans.web.PlanForms.ReviewForm;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.Directory;
import org.linkwork.people.People;
import org.linkwork.platform.FormErrors;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.ReferralId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link worker's care plan pages: the "what matters to me" conversation, the plan and its parts
 * (goals, actions, MSK health, what to do if things get worse, the review date), agreeing it, reviewing
 * it and its history. A form with problems is shown again with each problem next to its field; a change
 * made to an outdated copy is refused with the conflict message (409), so no one's work is overwritten.
 */
@Controller
class CarePlanPagesController {

    static final String PLAN_REASON = "link worker works on the care plan";

    private final CarePlans plans;
    private final People people;
    private final Directory directory;
    private final DirectorySearch search;

    CarePlanPagesController(CarePlans plans, People people, Directory directory, DirectorySearch search) {
        this.plans = plans;
        this.people = people;
        this.directory = directory;
        this.search = search;
    }

    @PostMapping("/care-plans")
    String startPlan(@RequestParam UUID referralId, RedirectAttributes redirect) {
        try {
            CarePlan plan = plans.start(new ReferralId(referralId));
            return "redirect:/care-plans/" + plan.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/referrals/" + referralId;
        }
    }

    @GetMapping("/care-plans/{id}")
    String showPlan(@PathVariable UUID id, Model model) {
        return planPage(plan(id), model);
    }

    @PostMapping("/care-plans/{id}/review-date")
    String changeReviewDate(@PathVariable UUID id, @ModelAttribute("reviewDateForm") ReviewDateForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return onPlanPage(id, result, model, response, redirect, "Review date saved", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate due = DateBoxes.parse(form.getReviewDueDay(), form.getReviewDueMonth(), form.getReviewDueYear(),
                    "reviewDue", "Review date", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            plans.changeReviewDate(planId(id), form.getVersion(), due);
        });
    }

    @PostMapping("/care-plans/{id}/agreement")
    String agreePlan(@PathVariable UUID id, @ModelAttribute("agreeForm") AgreeForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return onPlanPage(id, result, model, response, redirect, "Plan agreed",
                () -> plans.agree(planId(id), form.getVersion(), form.getChangeNote()));
    }

    @PostMapping("/care-plans/{id}/goals/{goalId}/removal")
    String removeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam int version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return onPlanPage(id, null, model, response, redirect, "Goal removed",
                () -> plans.removeGoal(planId(id), version, new GoalId(goalId)));
    }

    @PostMapping("/care-plans/{id}/actions/{actionId}/removal")
    String removeAction(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam int version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return onPlanPage(id, null, model, response, redirect, "Action removed",
                () -> plans.removeAction(planId(id), version, new ActionId(actionId)));
    }

    // The "what matters to me" conversation.

    @GetMapping("/care-plans/{id}/conversation")
    String initConversationForm(@PathVariable UUID id, Model model) {
        CarePlan plan = plan(id);
        ConversationForm form = new ConversationForm();
        form.setVersion(plan.version());
        plan.conversation().ifPresent(c -> {
            form.setWhatMatters(c.details().whatMatters());
            form.setEnjoys(c.details().enjoys());
            form.setStrengths(c.details().strengths());
            form.setWorries(c.details().worries());
            form.setWhoSupports(c.details().whoSupports());
            c.details().barriers().forEach(b -> {
                form.getBarriers().add(b.barrier().code());
                form.getDetails().put(b.barrier().code(), b.detail());
            });
        });
        model.addAttribute("conversationForm", form);
        return conversationPage(plan, model);
    }

    @PostMapping("/care-plans/{id}/conversation")
    String processConversationForm(@PathVariable UUID id, @ModelAttribute("conversationForm") ConversationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<BarrierDetail> barriers = new ArrayList<>();
        for (Barrier barrier : Barrier.values()) {
            if (form.getBarriers() != null && form.getBarriers().contains(barrier.code())) {
                barriers.add(new BarrierDetail(barrier, form.getDetails().get(barrier.code())));
            }
        }
        ConversationDetails details = new ConversationDetails(form.getWhatMatters(), form.getEnjoys(),
                form.getStrengths(), form.getWorries(), form.getWhoSupports(), barriers);
        return onForm(id, result, model, response, redirect, "Conversation recorded", Map.of("barrier-", "details"),
                () -> plans.recordConversation(planId(id), form.getVersion(), details),
                () -> conversationPage(plan(id), model));
    }

    // Goals.

    @GetMapping("/care-plans/{id}/goals/new")
    String initGoalForm(@PathVariable UUID id, Model model) {
        CarePlan plan = plan(id);
        GoalForm form = new GoalForm();
        form.setVersion(plan.version());
        model.addAttribute("goalForm", form);
        return goalPage(plan, null, model);
    }

    @PostMapping("/care-plans/{id}/goals")
    String addGoal(@PathVariable UUID id, @ModelAttribute("goalForm") GoalForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return onForm(id, result, model, response, redirect, "Goal added", Map.of(),
                () -> plans.addGoal(planId(id), form.getVersion(), newGoal(form)),
                () -> goalPage(plan(id), null, model));
    }

    @GetMapping("/care-plans/{id}/goals/{goalId}")
    String initChangeGoalForm(@PathVariable UUID id, @PathVariable UUID goalId, Model model) {
        CarePlan plan = plan(id);
        Goal goal = plan.current().content().goal(new GoalId(goalId)).orElseThrow(() -> new NotFound("Goal", goalId));
        GoalForm form = new GoalForm();
        form.setVersion(plan.version());
        form.setInTheirWords(goal.inTheirWords());
        form.setHowTheyWillKnow(goal.howTheyWillKnow());
        form.setProgress(String.valueOf(goal.progress()));
        form.setStatus(goal.status().code());
        model.addAttribute("goalForm", form);
        return goalPage(plan, goal.id(), model);
    }

    @PostMapping("/care-plans/{id}/goals/{goalId}")
    String changeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @ModelAttribute("goalForm") GoalForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return onForm(id, result, model, response, redirect, "Goal changed", Map.of(),
                () -> plans.changeGoal(planId(id), form.getVersion(), new GoalId(goalId), newGoal(form)),
                () -> goalPage(plan(id), new GoalId(goalId), model));
    }

    // Actions, and services from the directory for them.

    @GetMapping("/care-plans/{id}/services")
    String findService(@PathVariable UUID id, @RequestParam(name = "q", required = false) String words, Model model) {
        model.addAttribute("plan", plan(id));
        model.addAttribute("q", words);
        if (words != null && !words.isBlank()) {
            model.addAttribute("results", search.search(SearchQuery.builder().text(words).page(1, 20).build()));
        }
        return "careplans/services";
    }

    @GetMapping("/care-plans/{id}/actions/new")
    String initActionForm(@PathVariable UUID id, @RequestParam(required = false) String serviceId, Model model) {
        CarePlan plan = plan(id);
        ActionForm form = new ActionForm();
        form.setVersion(plan.version());
        form.setWho("Me");
        if (serviceId != null && !serviceId.isBlank()) {
            form.setServiceId(serviceId);
            form.setLink("action");
        }
        model.addAttribute("actionForm", form);
        return actionPage(plan, null, model);
    }

    @PostMapping("/care-plans/{id}/actions")
    String addAction(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        boolean linked = form.getServiceId() != null && !form.getServiceId().isBlank();
        boolean referOn = linked && "referral".equals(form.getLink());
        return onForm(id, result, model, response, redirect,
                referOn ? "Action added, and the service has been asked to accept the referral" : "Action added",
                Map.of(), () -> {
                    NewAction action = newAction(form);
                    if (referOn) {
                        plans.addReferralAction(planId(id), form.getVersion(), form.getServiceId(), form.getNote(),
                                form.isShare(), action);
                    } else if (linked) {
                        plans.addServiceAction(planId(id), form.getVersion(), form.getServiceId(), action);
                    } else {
                        plans.addAction(planId(id), form.getVersion(), action);
                    }
                }, () -> actionPage(plan(id), null, model));
    }

    @GetMapping("/care-plans/{id}/actions/{actionId}")
    String initChangeActionForm(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        CarePlan plan = plan(id);
        PlanAction action = plan.current().content().action(new ActionId(actionId))
                .orElseThrow(() -> new NotFound("Action", actionId));
        ActionForm form = new ActionForm();
        form.setVersion(plan.version());
        form.setWhat(action.what());
        form.setWho(action.who());
        action.byWhen().ifPresent(d -> {
            form.setByWhenDay(String.valueOf(d.getDayOfMonth()));
            form.setByWhenMonth(String.valueOf(d.getMonthValue()));
            form.setByWhenYear(String.valueOf(d.getYear()));
        });
        form.setGoalId(action.goalId().map(GoalId::toString).orElse(""));
        form.setStatus(action.status().code());
        model.addAttribute("actionForm", form);
        return actionPage(plan, action, model);
    }

    @PostMapping("/care-plans/{id}/actions/{actionId}")
    String changeAction(@PathVariable UUID id, @PathVariable UUID actionId, @ModelAttribute("actionForm") ActionForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return onForm(id, result, model, response, redirect, "Action changed", Map.of(),
                () -> plans.changeAction(planId(id), form.getVersion(), new ActionId(actionId), newAction(form)),
                () -> {
                    CarePlan plan = plan(id);
                    return actionPage(plan, plan.current().content().action(new ActionId(actionId)).orElse(null), model);
                });
    }

    // MSK health and contingency.

    @GetMapping("/care-plans/{id}/msk")
    String initMskForm(@PathVariable UUID id, Model model) {
        CarePlan plan = plan(id);
        MskHealth msk = plan.current().content().msk();
        MskForm form = new MskForm();
        form.setVersion(plan.version());
        form.setPainScore(msk.painScore().map(String::valueOf).orElse(""));
        form.setWhatPainStops(msk.whatPainStops());
        form.setActivityGoals(msk.activityGoals());
        form.setSelfManagement(msk.selfManagement());
        model.addAttribute("mskForm", form);
        return sectionPage(plan, "careplans/msk", model);
    }

    @PostMapping("/care-plans/{id}/msk")
    String changeMsk(@PathVariable UUID id, @ModelAttribute("mskForm") MskForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return onForm(id, result, model, response, redirect, "Muscle, bone and joint health saved", Map.of(), () -> {
            Optional<Integer> pain = Optional.empty();
            if (form.getPainScore() != null && !form.getPainScore().isBlank()) {
                try {
                    pain = Optional.of(Integer.parseInt(form.getPainScore().strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("painScore", "Pain must be a number from 0 to 10");
                }
            }
            plans.changeMsk(planId(id), form.getVersion(), new MskHealth(pain, form.getWhatPainStops(),
                    form.getActivityGoals(), form.getSelfManagement()));
        }, () -> sectionPage(plan(id), "careplans/msk", model));
    }

    @GetMapping("/care-plans/{id}/contingency")
    String initContingencyForm(@PathVariable UUID id, Model model) {
        CarePlan plan = plan(id);
        ContingencyForm form = new ContingencyForm();
        form.setVersion(plan.version());
        form.setIfThingsGetWorse(plan.current().content().contingency().ifThingsGetWorse());
        form.setWhoToContact(plan.current().content().contingency().whoToContact());
        model.addAttribute("contingencyForm", form);
        return sectionPage(plan, "careplans/contingency", model);
    }

    @PostMapping("/care-plans/{id}/contingency")
    String changeContingency(@PathVariable UUID id, @ModelAttribute("contingencyForm") ContingencyForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return onForm(id, result, model, response, redirect, "What to do if things get worse saved", Map.of(),
                () -> plans.changeContingency(planId(id), form.getVersion(),
                        new Contingency(form.getIfThingsGetWorse(), form.getWhoToContact())),
                () -> sectionPage(plan(id), "careplans/contingency", model));
    }

    // Reviews and history.

    @GetMapping("/care-plans/{id}/review")
    String initReviewForm(@PathVariable UUID id, Model model) {
        CarePlan plan = plan(id);
        ReviewForm form = new ReviewForm();
        form.setVersion(plan.version());
        plan.current().content().goals().forEach(g -> form.getStatus().put(g.id().toString(), g.status().code()));
        model.addAttribute("reviewForm", form);
        return sectionPage(plan, "careplans/review", model);
    }

    @PostMapping("/care-plans/{id}/review")
    String reviewPlan(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return onForm(id, result, model, response, redirect, "Review recorded: a new version of the plan was made",
                Map.of("progress-", "progress", "status-", "status"), () -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    LocalDate next = DateBoxes.parse(form.getNextReviewDay(), form.getNextReviewMonth(),
                            form.getNextReviewYear(), "nextReview", "Next review", problems);
                    List<Review.GoalProgress> progress = new ArrayList<>();
                    form.getStatus().keySet().forEach(goal -> {
                        if (!goal.matches("[0-9a-fA-F-]{36}")) {
                            return;
                        }
                        progress.add(new Review.GoalProgress(GoalId.of(goal), number(form.getProgress().get(goal)),
                                GoalStatus.fromCode(form.getStatus().get(goal)).orElse(null)));
                    });
                    try {
                        plans.review(planId(id), form.getVersion(), new Review(progress, form.getNotes(), next));
                    } catch (InvalidInput e) {
                        // The date boxes' own problem says more than "enter the date".
                        List<FieldProblem> all = new ArrayList<>(problems);
                        e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                                .forEach(all::add);
                        throw new InvalidInput(all);
                    }
                }, () -> sectionPage(plan(id), "careplans/review", model));
    }

    @GetMapping("/care-plans/{id}/history")
    String showHistory(@PathVariable UUID id, Model model) {
        return sectionPage(plan(id), "careplans/history", model);
    }

    @GetMapping("/care-plans/reviews")
    String showReviews(Model model) {
        addReviews(model);
        return "careplans/reviews";
    }

    /** The caseload's review list, fetched by the caseload page of module referrals with htmx. */
    @GetMapping("/care-plans/reviews/summary")
    String showReviewSummary(Model model) {
        addReviews(model);
        return "careplans/reviews :: summary";
    }

    private void addReviews(Model model) {
        var reviews = plans.myReviews();
        model.addAttribute("reviews", reviews);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        reviews.forEach(r -> names.computeIfAbsent(r.personId().toString(),
                k -> people.summary(r.personId(), "care plan reviews on the caseload").name().full()));
        model.addAttribute("names", names);
    }

    // Helpers.

    private CarePlan plan(UUID id) {
        return plans.plan(planId(id), PLAN_REASON);
    }

    private static CarePlanId planId(UUID id) {
        return new CarePlanId(id);
    }

    private String planPage(CarePlan plan, Model model) {
        addPlan(plan, model);
        addIfAbsent(model, "reviewDateForm", () -> {
            ReviewDateForm form = new ReviewDateForm();
            form.setVersion(plan.version());
            plan.current().content().reviewDue().ifPresent(d -> {
                form.setReviewDueDay(String.valueOf(d.getDayOfMonth()));
                form.setReviewDueMonth(String.valueOf(d.getMonthValue()));
                form.setReviewDueYear(String.valueOf(d.getYear()));
            });
            return form;
        });
        addIfAbsent(model, "agreeForm", () -> {
            AgreeForm form = new AgreeForm();
            form.setVersion(plan.version());
            return form;
        });
        return "careplans/plan";
    }

    private String conversationPage(CarePlan plan, Model model) {
        addPlan(plan, model);
        model.addAttribute("barrierOptions", Barrier.values());
        return "careplans/conversation";
    }

    private String goalPage(CarePlan plan, GoalId goalId, Model model) {
        addPlan(plan, model);
        model.addAttribute("goalId", goalId);
        model.addAttribute("goalStatuses", GoalStatus.values());
        return "careplans/goal";
    }

    private String actionPage(CarePlan plan, PlanAction action, Model model) {
        addPlan(plan, model);
        model.addAttribute("action", action);
        model.addAttribute("actionStatuses", ActionStatus.values());
        Object form = model.getAttribute("actionForm");
        if (action == null && form instanceof ActionForm f && f.getServiceId() != null && !f.getServiceId().isBlank()) {
            try {
                ServiceDetail service = directory.serviceDetail(f.getServiceId());
                model.addAttribute("service", service);
            } catch (NotFound e) {
                // Gone from the directory since it was chosen: say so, rather than add an action that names nothing.
                model.addAttribute("service", null);
                f.setServiceId(null);
                model.addAttribute("problem", "That service is no longer in the directory: choose another, or add the action without one");
            }
        }
        return "careplans/action";
    }

    private String sectionPage(CarePlan plan, String view, Model model) {
        addPlan(plan, model);
        model.addAttribute("goalStatuses", GoalStatus.values());
        return view;
    }

    private void addPlan(CarePlan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("planContent", plan.current().content());
        model.addAttribute("person", people.summary(plan.personId(), PLAN_REASON));
    }

    /** A change from the plan page itself: problems and conflicts show the plan page again. */
    private String onPlanPage(UUID id, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String saved, Runnable change) {
        return onForm(id, result, model, response, redirect, saved, Map.of(), change, () -> planPage(plan(id), model));
    }

    /** The form's field for a problem's: "progress-ID" is "progress[ID]" when prefixes maps "progress-" to "progress". */
    private static String formField(String field, Map<String, String> prefixes) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            if (field.startsWith(prefix.getKey())) {
                return prefix.getValue() + "[" + field.substring(prefix.getKey().length()) + "]";
            }
        }
        return field;
    }

    /**
     * Runs a change; a saved change goes back to the plan. Problems show the form again (200, as the other
     * forms of Linkwork do), next to their fields; a conflict shows it again with the conflict message (409).
     */
    private String onForm(UUID id, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String saved, Map<String, String> prefixes, Runnable change,
            Supplier<String> again) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/care-plans/" + id;
        } catch (InvalidInput e) {
            List<String> unplaced = result == null ? List.of(e.getMessage())
                    : FormErrors.place(result, e.problems(), field -> formField(field, prefixes));
            if (!unplaced.isEmpty()) {
                model.addAttribute("problem", String.join(". ", unplaced));
            }
        } catch (PlanChangedConcurrently e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
        } catch (PlanClosed e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
        }
        return again.get();
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static NewGoal newGoal(GoalForm form) {
        Integer progress = number(form.getProgress());
        return new NewGoal(form.getInTheirWords(), form.getHowTheyWillKnow(), progress,
                GoalStatus.fromCode(form.getStatus()).orElse(null));
    }

    private static NewAction newAction(ActionForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate byWhen = DateBoxes.parse(form.getByWhenDay(), form.getByWhenMonth(), form.getByWhenYear(), "byWhen",
                "By when", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<GoalId> goal = form.getGoalId() == null || !form.getGoalId().matches("[0-9a-fA-F-]{36}")
                ? Optional.empty() : Optional.of(GoalId.of(form.getGoalId()));
        return new NewAction(form.getWhat(), form.getWho(), byWhen, goal,
                ActionStatus.fromCode(form.getStatus()).orElse(ActionStatus.TO_DO));
    }

    private static <T> void addIfAbsent(Model model, String name, Supplier<T> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
