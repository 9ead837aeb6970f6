package org.linkwork.referrals.inbox;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linkwork.directory.Capacity;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.AttendanceNotTaken;
import org.linkwork.referrals.InboxReferral;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.ProviderInbox;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.ReferralChangedConcurrently;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.ServiceCapacities;
import org.linkwork.referrals.TransitionNotAllowed;
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
 * "Referrals to you": a community organisation's inbox of onward referrals, a referral's page with
 * what the organisation may do with it, and the places its services have. An administrator chooses
 * the organisation first. A refused change comes back as the page with its problems (HTTP 200, as
 * every form page here), in the error summary and next to the field.
 */
@Controller
class InboxPagesController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ProviderInbox inbox;
    private final Referrals referrals;
    private final ServiceCapacities capacities;
    private final Directory directory;
    private final InboxAccess access;

    InboxPagesController(ProviderInbox inbox, Referrals referrals, ServiceCapacities capacities, Directory directory,
            InboxAccess access) {
        this.inbox = inbox;
        this.referrals = referrals;
        this.capacities = capacities;
        this.directory = directory;
        this.access = access;
    }

    /** Dates as pages show them: "3 March 2026". */
    public static final class Dates {

        public String day(Instant instant) {
            return instant.atZone(UK).format(DAY);
        }

        public String day(LocalDate date) {
            return date.format(DAY);
        }
    }

    @GetMapping("/provider/referrals")
    String showInbox(@RequestParam(name = "organisation", required = false) String organisationId, Model model) {
        CurrentUser user = access.signedIn();
        Optional<String> chosen = user.is(Role.ADMIN)
                ? Optional.ofNullable(organisationId).filter(o -> !o.isBlank())
                : user.organisationId();
        if (chosen.isEmpty()) {
            if (user.is(Role.ADMIN)) {
                model.addAttribute("organisations", inbox.organisations());
                return "referrals/inbox/choose-organisation";
            }
            return "referrals/inbox/no-organisation";
        }
        String orgId = chosen.get();
        List<InboxReferral> all = inbox.inbox(orgId);
        Organization organisation = directory.findOrganization(orgId).orElseThrow(() -> new NotFound("Organisation", orgId));
        Map<Boolean, List<InboxReferral>> byFinal = all.stream()
                .filter(r -> r.status() != OnwardReferralStatus.REQUESTED)
                .collect(Collectors.partitioningBy(r -> r.status().isFinal()));
        List<Service> services = directory.servicesOf(orgId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("admin", user.is(Role.ADMIN));
        model.addAttribute("requested", all.stream().filter(r -> r.status() == OnwardReferralStatus.REQUESTED).toList());
        model.addAttribute("open", byFinal.get(false));
        model.addAttribute("closed", byFinal.get(true));
        model.addAttribute("services", services);
        model.addAttribute("capacities", services.stream()
                .collect(Collectors.toMap(Service::id, s -> capacities.of(s.id()).words().orElse("Not stated"))));
        model.addAttribute("dates", new Dates());
        return "referrals/inbox/inbox";
    }

    @GetMapping("/provider/referrals/{id}")
    String showReferral(@PathVariable UUID id, Model model) {
        return referralPage(new OnwardReferralId(id), new PageErrors(), null, model);
    }

    @PostMapping("/provider/referrals/{id}/attendance")
    String recordAttendance(@PathVariable UUID id, @RequestParam(required = false) String day,
            @RequestParam(required = false) String month, @RequestParam(required = false) String year,
            @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        OnwardReferralId onwardId = new OnwardReferralId(id);
        AttendanceForm form = new AttendanceForm(day, month, year, note);
        try {
            LocalDate date = form.date();
            inbox.recordAttendance(onwardId, date, note);
        } catch (InvalidInput e) {
            return referralPage(onwardId, PageErrors.of(e), form, model);
        } catch (AttendanceNotTaken | TransitionNotAllowed | ReferralChangedConcurrently e) {
            return referralPage(onwardId, PageErrors.of(PageErrors.ACTIONS, e.getMessage()), form, model);
        }
        redirect.addFlashAttribute("done", "Session recorded.");
        return "redirect:/provider/referrals/" + id;
    }

    @GetMapping("/provider/referrals/{id}/{action}")
    String askWhy(@PathVariable UUID id, @PathVariable String action, Model model) {
        InboxAction asked = InboxAction.fromPath(action).filter(InboxAction::asksWhy)
                .orElseThrow(() -> new NotFound("Page", action));
        InboxReferral referral = inbox.referral(new OnwardReferralId(id));
        return reasonPage(referral, asked, null, null, new PageErrors(), model);
    }

    @PostMapping("/provider/referrals/{id}/{action}")
    String changeStatus(@PathVariable UUID id, @PathVariable String action,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String reasonText, Model model,
            RedirectAttributes redirect) {
        InboxAction chosen = InboxAction.fromPath(action).orElseThrow(() -> new NotFound("Page", action));
        OnwardReferralId onwardId = new OnwardReferralId(id);
        Reason why = new Reason(ReasonCode.fromCode(reason), reasonText);
        try {
            if (version == null) {
                referrals.changeStatus(onwardId, chosen.target(), why);
            } else {
                referrals.changeStatus(onwardId, version, chosen.target(), why);
            }
        } catch (InvalidInput e) {
            if (chosen.asksWhy()) {
                return reasonPage(inbox.referral(onwardId), chosen, reason, reasonText, PageErrors.of(e), model);
            }
            return referralPage(onwardId, PageErrors.of(PageErrors.ACTIONS, e.getMessage()), null, model);
        } catch (TransitionNotAllowed | ReferralChangedConcurrently e) {
            return referralPage(onwardId, PageErrors.of(PageErrors.ACTIONS, e.getMessage()), null, model);
        }
        redirect.addFlashAttribute("done", done(chosen));
        return "redirect:/provider/referrals/" + id;
    }

    @GetMapping("/provider/capacity/{serviceId}")
    String showCapacity(@PathVariable String serviceId, Model model) {
        Service service = ownService(serviceId);
        Capacity capacity = capacities.of(serviceId);
        model.addAttribute("service", service);
        model.addAttribute("kind", code(capacity.kind()));
        model.addAttribute("places", capacity.kind() == Capacity.Kind.PLACES ? String.valueOf(capacity.placesLeft()) : "");
        model.addAttribute("errors", new PageErrors());
        model.addAttribute("back", inboxPath(service.organizationId()));
        return "referrals/inbox/capacity";
    }

    @PostMapping("/provider/capacity/{serviceId}")
    String changeCapacity(@PathVariable String serviceId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String places, Model model,
            RedirectAttributes redirect) {
        Service service = ownService(serviceId);
        try {
            capacities.set(serviceId, capacity(kind, places));
        } catch (InvalidInput e) {
            model.addAttribute("service", service);
            model.addAttribute("kind", kind);
            model.addAttribute("places", places);
            model.addAttribute("errors", PageErrors.of(e));
            model.addAttribute("back", inboxPath(service.organizationId()));
            return "referrals/inbox/capacity";
        }
        redirect.addFlashAttribute("done", "Places saved for " + service.name() + ".");
        return "redirect:" + inboxPath(service.organizationId());
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String referralPage(OnwardReferralId id, PageErrors errors, AttendanceForm attendance, Model model) {
        InboxReferral referral = inbox.referral(id);
        model.addAttribute("referral", referral);
        model.addAttribute("actions", InboxAction.allowedFrom(referral.status()));
        model.addAttribute("errors", errors);
        model.addAttribute("attendance", attendance == null ? AttendanceForm.EMPTY : attendance);
        model.addAttribute("capacity", capacities.of(referral.serviceId()).words().orElse("Not stated"));
        model.addAttribute("back", inboxPath(referral.organisationId()));
        model.addAttribute("dates", new Dates());
        return "referrals/inbox/referral";
    }

    private String reasonPage(InboxReferral referral, InboxAction action, String reason, String reasonText,
            PageErrors errors, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("action", action);
        model.addAttribute("reasons", ReasonCode.values());
        model.addAttribute("reason", reason);
        model.addAttribute("reasonText", reasonText);
        model.addAttribute("errors", errors);
        return "referrals/inbox/reason";
    }

    private Service ownService(String serviceId) {
        Service service = directory.findService(serviceId).orElseThrow(() -> new NotFound("Service", serviceId));
        access.requireOrganisation(service.organizationId(), "Service", serviceId);
        return service;
    }

    private String inboxPath(String organisationId) {
        return access.signedIn().is(Role.ADMIN) ? "/provider/referrals?organisation=" + organisationId : "/provider/referrals";
    }

    private static String done(InboxAction action) {
        return switch (action) {
            case ACCEPT -> "Referral accepted.";
            case DECLINE -> "Referral declined.";
            case START -> "Referral in progress.";
            case HOLD -> "Referral on hold.";
            case COMPLETE -> "Referral completed.";
            case FAIL -> "Referral marked as not completed.";
        };
    }

    static String code(Capacity.Kind kind) {
        return switch (kind) {
            case PLACES -> "places";
            case WAITING_LIST -> "waiting-list";
            case NOT_STATED -> "not-stated";
        };
    }

    /** Reads the capacity form (and the JSON API's): kind, and places for kind "places". */
    static Capacity capacity(String kind, String places) {
        if (kind == null) {
            throw new InvalidInput("kind", "Choose places left, waiting list or not stated");
        }
        return switch (kind) {
            case "places" -> {
                int n;
                try {
                    n = Integer.parseInt(places == null ? "" : places.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInput("places", "Enter how many places are left, as a number like 3");
                }
                if (n < 0) {
                    throw new InvalidInput("places", "Places left must be 0 or more");
                }
                if (n > CapacityService.MAX_PLACES) {
                    throw new InvalidInput("places", "Places left must be " + CapacityService.MAX_PLACES + " or fewer");
                }
                yield Capacity.places(n);
            }
            case "waiting-list" -> Capacity.WAITING_LIST;
            case "not-stated" -> Capacity.NOT_STATED;
            default -> throw new InvalidInput("kind", "Choose places left, waiting list or not stated");
        };
    }

    /** The session form as typed, to show again with its problems. */
    record AttendanceForm(String day, String month, String year, String note) {

        static final AttendanceForm EMPTY = new AttendanceForm("", "", "", "");

        LocalDate date() {
            if (blank(day) && blank(month) && blank(year)) {
                throw new InvalidInput("date", "Enter the date of the session");
            }
            try {
                return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                        Integer.parseInt(day.strip()));
            } catch (NumberFormatException | DateTimeException | NullPointerException e) {
                throw new InvalidInput("date", "Enter a real date, like 14 3 2026");
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

}
