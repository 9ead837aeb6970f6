package org.linkwork.referrals.web;

import org.linkwork.platform.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linkwork.directory.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.people.People;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonSummary;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.Caseload;
import org.linkwork.referrals.ContactKind;
import org.linkwork.referrals.ContactOutcome;
import org.linkwork.referrals.DischargeReason;
import org.linkwork.referrals.NewAppointment;
import org.linkwork.referrals.NewContact;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralChangedConcurrently;
import org.linkwork.referrals.ReferralClosed;
import org.linkwork.referrals.ReferralDetail;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.ServiceResponsiveness;
import org.linkwork.referrals.TransitionNotAllowed;
import org.linkwork.referrals.web.LinkWorkerForms.AllocationForm;
import org.linkwork.referrals.web.LinkWorkerForms.AppointmentForm;
import org.linkwork.referrals.web.LinkWorkerForms.ContactForm;
import org.linkwork.referrals.web.LinkWorkerForms.DischargeForm;
import org.linkwork.referrals.web.LinkWorkerForms.NoteForm;
import org.linkwork.referrals.web.LinkWorkerForms.OnwardForm;
import org.linkwork.referrals.web.LinkWorkerForms.StatusForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
 * The link-worker team's pages: the triage queue of their place, a referral with everything recorded
 * on it and the work done from it, choosing a directory service to refer on to, and the caseload.
 * Every page that names a person reads them through module people, which audits the read with the
 * reason given here.
 */
@Controller
class LinkWorkerPagesController {

    static final String QUEUE_REASON = "triage queue";
    static final String REFERRAL_REASON = "link worker works on the referral";
    static final String CASELOAD_REASON = "caseload";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Referrals referrals;
    private final People people;
    private final Directory directory;
    private final DirectorySearch search;
    private final Clock clock;

    private final ServiceResponsiveness responsiveness;

    LinkWorkerPagesController(Referrals referrals, People people, Directory directory, DirectorySearch search,
            ServiceResponsiveness responsiveness, ObjectProvider<Clock> clock) {
        this.referrals = referrals;
        this.responsiveness = responsiveness;
        this.people = people;
        this.directory = directory;
        this.search = search;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/referrals")
    String showQueue(Model model) {
        List<Referral> queue = referrals.queue();
        model.addAttribute("queue", queue);
        model.addAttribute("people", summaries(queue.stream().map(Referral::personId).toList(), QUEUE_REASON));
        model.addAttribute("today", today());
        return "referrals/queue";
    }

    @PostMapping("/referrals/{id}/triage")
    String triageReferral(@PathVariable UUID id, @RequestParam int version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, model, response, () -> {
            referrals.triage(new ReferralId(id), version);
            redirect.addFlashAttribute("saved", "Marked as triaged");
        });
    }

    @PostMapping("/referrals/{id}/allocation")
    String allocateReferral(@PathVariable UUID id, @ModelAttribute("allocationForm") AllocationForm form,
            BindingResult result, Authentication authentication, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String linkWorker = "me".equals(form.getLinkWorker()) ? authentication.getName() : form.getLinkWorker();
        return change(id, model, response, () -> {
            referrals.allocate(new ReferralId(id), form.getVersion(), linkWorker);
            redirect.addFlashAttribute("saved", linkWorker.equals(authentication.getName())
                    ? "Allocated to you" : "Allocated to " + linkWorker);
        }, result);
    }

    @GetMapping("/referrals/{id}")
    String showReferral(@PathVariable UUID id, Model model) {
        return page(new ReferralId(id), model);
    }

    @PostMapping("/referrals/{id}/contacts")
    String recordContact(@PathVariable UUID id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, model, response, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate day = DateParts.parse(form.getDateDay(), form.getDateMonth(), form.getDateYear(), "contactedAt",
                    "Date of the contact", problems);
            LocalDate next = DateParts.parse(form.getNextDay(), form.getNextMonth(), form.getNextYear(),
                    "nextContactDue", "Next contact date", problems);
            Instant at = day == null || day.equals(today()) ? null : day.atTime(LocalTime.NOON).atZone(UK).toInstant();
            NewContact contact = new NewContact(ContactKind.fromCode(form.getKind()).orElse(null),
                    ContactOutcome.fromCode(form.getOutcome()).orElse(null), form.getContactNote(), at, form.isReview(), next);
            submit(problems, () -> referrals.recordContact(new ReferralId(id), contact), Map.of("note", "contactNote"));
            redirect.addFlashAttribute("saved", "Contact recorded");
        }, result);
    }

    @PostMapping("/referrals/{id}/appointments")
    String bookAppointment(@PathVariable UUID id, @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, model, response, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate day = DateParts.parse(form.getDay(), form.getMonth(), form.getYear(), "startsAt",
                    "Date of the appointment", problems);
            LocalTime time = DateParts.time(form.getTime(), "time", problems);
            Instant startsAt = day == null || time == null ? null : day.atTime(time).atZone(UK).toInstant();
            submit(problems, () -> referrals.bookAppointment(new ReferralId(id),
                    new NewAppointment(startsAt, form.getLocation(), form.getPurpose())), Map.of());
            redirect.addFlashAttribute("saved", "Appointment booked");
        }, result);
    }

    @PostMapping("/referrals/{id}/notes")
    String addNote(@PathVariable UUID id, @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, model, response, () -> {
            submit(new ArrayList<>(), () -> referrals.addNote(new ReferralId(id), form.getNoteText()),
                    Map.of("text", "noteText"));
            redirect.addFlashAttribute("saved", "Note added");
        }, result);
    }

    @PostMapping("/referrals/{id}/discharge")
    String dischargePerson(@PathVariable UUID id, @ModelAttribute("dischargeForm") DischargeForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, model, response, () -> {
            submit(new ArrayList<>(), () -> referrals.discharge(new ReferralId(id), form.getVersion(),
                    DischargeReason.fromCode(form.getDischargeReason()).orElse(null), form.getDischargeNote()),
                    Map.of("reason", "dischargeReason", "note", "dischargeNote"));
            redirect.addFlashAttribute("saved", "Discharged");
        }, result);
    }

    @PostMapping("/referrals/{id}/onward-status")
    String changeOnwardStatus(@PathVariable UUID id, @ModelAttribute("statusForm") StatusForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, model, response, () -> {
            String[] chosen = form.getOnward() == null ? new String[0] : form.getOnward().split(":");
            if (chosen.length != 2 || !chosen[1].matches("\\d{1,9}")
                    || !chosen[0].matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new InvalidInput("onward", "Choose the onward referral to change");
            }
            OnwardReferralStatus target;
            try {
                target = form.getStatus() == null || form.getStatus().isBlank() ? null
                        : OnwardReferralStatus.fromCode(form.getStatus());
            } catch (IllegalArgumentException e) {
                target = null;
            }
            Reason reason = new Reason(ReasonCode.fromCode(form.getReasonCode()), form.getReasonText());
            OnwardReferralStatus to = target;
            try {
                submit(new ArrayList<>(), () -> referrals.changeStatus(new OnwardReferralId(UUID.fromString(chosen[0])),
                        Integer.parseInt(chosen[1]), to, reason),
                        Map.of("reason", ReasonCode.fromCode(form.getReasonCode()).isPresent() ? "reasonText" : "reasonCode"));
            } catch (TransitionNotAllowed e) {
                throw new InvalidInput("status", e.getMessage());
            }
            redirect.addFlashAttribute("saved", "Status changed");
        }, result);
    }

    @GetMapping("/referrals/{id}/services")
    String findService(@PathVariable UUID id, @RequestParam(name = "q", required = false) String words, Model model) {
        ReferralDetail detail = referrals.referral(new ReferralId(id), "choose a service to refer on to");
        model.addAttribute("referral", detail.referral());
        model.addAttribute("q", words);
        if (words != null && !words.isBlank()) {
            model.addAttribute("results", search.search(SearchQuery.builder().text(words).page(1, 20).build()));
        }
        return "referrals/services";
    }

    @GetMapping("/referrals/{id}/services/{serviceId}")
    String initOnwardForm(@PathVariable UUID id, @PathVariable String serviceId, Model model) {
        OnwardForm form = new OnwardForm();
        form.setServiceId(serviceId);
        model.addAttribute("onwardForm", form);
        return onwardForm(new ReferralId(id), serviceId, model);
    }

    @PostMapping("/referrals/{id}/onward")
    String processOnwardForm(@PathVariable UUID id, @ModelAttribute("onwardForm") OnwardForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        ReferralId referralId = new ReferralId(id);
        try {
            if ("signpost".equals(form.getKind())) {
                referrals.signpost(referralId, form.getServiceId(), form.getNote());
                redirect.addFlashAttribute("saved", "Signpost recorded");
            } else {
                referrals.referOn(referralId, form.getServiceId(), form.getNote(), form.isShare());
                redirect.addFlashAttribute("saved", "Referred on: the service has been asked to accept the referral");
            }
            return "redirect:/referrals/" + id + "#onward";
        } catch (InvalidInput e) {
            FormErrors.addTo(result, e.problems());
            return onwardForm(referralId, form.getServiceId(), model);
        }
    }

    @GetMapping("/caseload")
    String showCaseload(Model model) {
        Caseload caseload = referrals.caseload();
        model.addAttribute("caseload", caseload);
        model.addAttribute("people",
                summaries(caseload.entries().stream().map(Caseload.Entry::personId).toList(), CASELOAD_REASON));
        return "referrals/caseload";
    }

    private String onwardForm(ReferralId id, String serviceId, Model model) {
        ReferralDetail detail = referrals.referral(id, "refer on to a service");
        ServiceDetail service;
        try {
            service = directory.serviceDetail(serviceId);
        } catch (NotFound e) {
            return "redirect:/referrals/" + id + "/services";
        }
        model.addAttribute("referral", detail.referral());
        model.addAttribute("service", service);
        model.addAttribute("responsiveness", responsiveness.of(serviceId));
        return "referrals/refer-on";
    }

    /** Runs a change; on a problem shows the referral's page again with what went wrong. */
    private String change(UUID id, Model model, HttpServletResponse response, Runnable action, BindingResult... form) {
        try {
            action.run();
            return "redirect:/referrals/" + id;
        } catch (InvalidInput e) {
            if (form.length > 0) {
                FormErrors.addTo(form[0], e.problems());
            } else {
                model.addAttribute("problem", e.getMessage());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (ReferralChangedConcurrently e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
        } catch (ReferralClosed e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
        }
        return page(new ReferralId(id), model);
    }

    /** Runs the module's action; its problems are put on the form's fields as {@code fields} renames them. */
    private static void submit(List<FieldProblem> formProblems, Runnable action, Map<String, String> fields) {
        try {
            action.run();
        } catch (InvalidInput e) {
            throw Problems.merge(formProblems, new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(fields.getOrDefault(p.field(), p.field()), p.message())).toList()));
        }
        if (!formProblems.isEmpty()) {
            throw new InvalidInput(formProblems);
        }
    }

    private String page(ReferralId id, Model model) {
        ReferralDetail detail = referrals.referral(id, REFERRAL_REASON);
        model.addAttribute("detail", detail);
        model.addAttribute("referral", detail.referral());
        model.addAttribute("person", people.summary(detail.referral().personId(), REFERRAL_REASON));
        model.addAttribute("team", referrals.team());
        model.addAttribute("needNames", needNames(detail.referral().needs()));
        addIfAbsent(model, "allocationForm", new AllocationForm());
        addIfAbsent(model, "contactForm", new ContactForm());
        addIfAbsent(model, "appointmentForm", new AppointmentForm());
        addIfAbsent(model, "noteForm", new NoteForm());
        addIfAbsent(model, "dischargeForm", new DischargeForm());
        addIfAbsent(model, "statusForm", new StatusForm());
        model.addAttribute("contactKinds", ContactKind.values());
        model.addAttribute("contactOutcomes", ContactOutcome.values());
        model.addAttribute("dischargeReasons", DischargeReason.values());
        model.addAttribute("reasonCodes", ReasonCode.values());
        model.addAttribute("onwardStatuses", OnwardReferralStatus.values());
        return "referrals/referral";
    }

    private Map<String, String> needNames(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, directory.termByCode(org.linkwork.directory.LinkworkTaxonomies.NEEDS, code)
                .map(org.linkwork.directory.TaxonomyTerm::name).orElse(code)));
        return names;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private Map<String, PersonSummary> summaries(List<PersonId> ids, String reason) {
        List<PersonId> distinct = ids.stream().distinct().toList();
        List<PersonSummary> read = people.summaries(distinct, reason);
        Map<String, PersonSummary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            summaries.put(distinct.get(i).toString(), read.get(i));
        }
        return summaries;
    }

    private LocalDate today() {
        return clock.instant().atZone(UK).toLocalDate();
    }

}
