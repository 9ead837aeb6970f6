package org.linkwork.people.web;

import org.linkwork.platform.FormErrors;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.Consent;
import org.linkwork.people.DataProtection;
import org.linkwork.people.ContactMethod;
import org.linkwork.people.EthnicCategory;
import org.linkwork.people.LongTermCondition;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonChangedConcurrently;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.PersonId;
import org.linkwork.people.Sex;
import org.linkwork.people.internal.PersonChecks;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A person's record for link workers: the record with its consent history, the edit form, and
 * recording a consent decision. Every page that shows the record reads it through {@link People},
 * which writes the read to the audit log with the reason named here.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonPagesController {

    static final String VIEW_REASON = "view record";
    static final String EDIT_REASON = "edit record";

    private final People people;
    private final PersonChecks checks;
    private final Places places;
    private final DataProtection dataProtection;

    PersonPagesController(People people, PersonChecks checks, Places places, DataProtection dataProtection) {
        this.dataProtection = dataProtection;
        this.people = people;
        this.checks = checks;
        this.places = places;
    }

    @GetMapping
    String showRecord(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new ConsentForm());
        }
        return record(new PersonId(id), VIEW_REASON, model);
    }

    @GetMapping("/edit")
    String initEditForm(@PathVariable UUID id, Model model) {
        Person person = people.read(new PersonId(id), EDIT_REASON);
        if (!person.id().value().equals(id)) {
            return "redirect:/people/" + person.id() + "/edit";
        }
        model.addAttribute("personForm", PersonForm.of(person));
        return editForm(person.id(), model);
    }

    @PostMapping("/edit")
    String processEditForm(@PathVariable UUID id, @ModelAttribute("personForm") PersonForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PersonId personId = new PersonId(id);
        List<FieldProblem> problems = new ArrayList<>();
        PersonDetails details = form.details(problems);
        try {
            if (problems.isEmpty()) {
                people.update(personId, form.getVersion(), details, form.getReason());
                redirect.addFlashAttribute("saved", "The record was saved");
                return "redirect:/people/" + id;
            }
            // Show the service's problems with the form's own, except where the form already has one for that field.
            List<String> fields = problems.stream().map(FieldProblem::field).toList();
            checks.problems(details).stream().filter(p -> !fields.contains(p.field())).forEach(problems::add);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        } catch (PersonChangedConcurrently e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            return editForm(personId, model);
        }
        FormErrors.addTo(result, problems);
        return editForm(personId, model);
    }

    @PostMapping("/consents")
    String recordConsent(@PathVariable UUID id, @ModelAttribute("consentForm") ConsentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PersonId personId = new PersonId(id);
        List<FieldProblem> problems = new ArrayList<>();
        Consent.Scope scope = null;
        if (form.getScope() == null || form.getScope().isBlank()) {
            problems.add(new FieldProblem("scope", "Choose what the decision is about"));
        } else {
            try {
                scope = Consent.Scope.valueOf(form.getScope());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("scope", "Choose what the decision is about from the list"));
            }
        }
        if (!"given".equals(form.getDecision()) && !"withdrawn".equals(form.getDecision())) {
            problems.add(new FieldProblem("decision", "Choose whether they agreed or refused"));
        }
        if (problems.isEmpty()) {
            Optional<Consent.Organisation> organisation = scope == Consent.Scope.SHARE_WITH_ORGANISATION
                    ? Optional.of(new Consent.Organisation(form.getOrganisationId(), form.getOrganisationName()))
                    : Optional.empty();
            try {
                people.recordConsent(personId, scope, organisation, "given".equals(form.getDecision()), form.getNote());
                redirect.addFlashAttribute("saved", "The consent decision was recorded");
                return "redirect:/people/" + id + "#consent";
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        FormErrors.addTo(result, problems);
        return record(personId, "record consent", model);
    }

    private String record(PersonId id, String reason, Model model) {
        Person person = people.read(id, reason);
        List<Consent> history = people.consents(person.id(), reason);
        model.addAttribute("person", person);
        model.addAttribute("restricted", dataProtection.isRestricted(person.id()));
        model.addAttribute("mergedFrom", person.id().equals(id) ? null : id);
        model.addAttribute("age", Period.between(person.birthDate(), LocalDate.now(ZoneId.of("Europe/London"))).getYears());
        model.addAttribute("ward", person.area().wardCode().flatMap(places::ward).map(Ward::name).orElse(null));
        model.addAttribute("consents", history);
        model.addAttribute("currentConsents", current(history));
        model.addAttribute("scopes", Consent.Scope.values());
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("conditions", LongTermCondition.values());
        return "people/record";
    }

    /** The decision in force for each scope and organisation: the latest. */
    private static List<Consent> current(List<Consent> history) {
        Map<String, Consent> latest = new LinkedHashMap<>();
        for (Consent consent : history) {
            latest.put(consent.scope() + "/" + consent.organisation().map(Consent.Organisation::id).orElse(""), consent);
        }
        return List.copyOf(latest.values());
    }

    private String editForm(PersonId id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicities", EthnicCategory.values());
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("conditions", LongTermCondition.values());
        return "people/edit";
    }
}
