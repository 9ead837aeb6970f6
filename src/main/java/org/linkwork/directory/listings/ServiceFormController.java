package org.linkwork.directory.listings;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.platform.InvalidInput;
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
 * Adding and editing a service. Nothing is saved while any field is wrong; saving an edit also
 * confirms the listing, and an edit made to a version someone else has changed since is refused.
 */
@Controller
class ServiceFormController {

    private static final String VIEW = "directory/provider/service-form";

    private final ProviderAccess access;
    private final ServiceForms forms;
    private final ListingEditor editor;

    ServiceFormController(ProviderAccess access, ServiceForms forms, ListingEditor editor) {
        this.access = access;
        this.forms = forms;
        this.editor = editor;
    }

    @GetMapping("/provider/services/new")
    String initCreationForm(@RequestParam(name = "organisation", required = false) String organisationId, Model model) {
        Organization organisation = access.requireOrganisation(organisationId);
        ServiceForm form = new ServiceForm();
        form.setOrganisationId(organisation.id());
        return show(model, form, organisation, null, forms.choices(organisation.id()));
    }

    @PostMapping("/provider/services/new")
    String processCreationForm(@ModelAttribute("serviceForm") ServiceForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Organization organisation = access.requireOrganisation(form.getOrganisationId());
        ServiceForms.Choices choices = forms.choices(organisation.id());
        Optional<ServiceForms.Draft> draft = forms.read(form, null, organisation.id(), access.user().placeId(),
                choices, result);
        if (draft.isPresent()) {
            try {
                editor.create(draft.get().service(), draft.get().newLocation());
                redirect.addFlashAttribute("saved", draft.get().service().name());
                return "redirect:" + access.listingsPage(organisation.id());
            } catch (InvalidInput e) {
                forms.reject(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, form, organisation, null, choices);
    }

    @GetMapping("/provider/services/{id}/edit")
    String initUpdateForm(@PathVariable String id, Model model) {
        Service service = access.requireService(id);
        ServiceForms.Choices choices = forms.choices(service.organizationId());
        ServiceForm form = forms.formFor(service, editor.version(id), choices);
        return show(model, form, access.requireOrganisation(service.organizationId()), service, choices);
    }

    @PostMapping("/provider/services/{id}/edit")
    String processUpdateForm(@PathVariable String id, @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Service service = access.requireService(id);
        Organization organisation = access.requireOrganisation(service.organizationId());
        form.setOrganisationId(organisation.id());
        ServiceForms.Choices choices = forms.choices(organisation.id());
        Optional<ServiceForms.Draft> draft = forms.read(form, service, organisation.id(), access.user().placeId(),
                choices, result);
        if (draft.isPresent()) {
            try {
                editor.update(draft.get().service(), form.getVersion(), draft.get().newLocation());
                redirect.addFlashAttribute("saved", draft.get().service().name());
                return "redirect:" + access.listingsPage(organisation.id());
            } catch (ListingChangedMeanwhile e) {
                model.addAttribute("conflict", true);
                response.setStatus(HttpStatus.CONFLICT.value());
                return show(model, form, organisation, service, choices);
            } catch (InvalidInput e) {
                forms.reject(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, form, organisation, service, choices);
    }

    private String show(Model model, ServiceForm form, Organization organisation, Service existing,
            ServiceForms.Choices choices) {
        model.addAttribute("serviceForm", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("existing", existing);
        model.addAttribute("otherSchedules", existing == null ? List.of() : forms.otherSchedules(existing));
        model.addAttribute("statuses", ServiceForms.STATUSES);
        model.addAttribute("days", ScheduleWords.DAYS);
        model.addAttribute("dayNames", ScheduleWords.DAYS.stream().collect(Collectors.toMap(d -> d, ScheduleWords::dayName)));
        model.addAttribute("locations", choices.locations());
        model.addAttribute("needs", parentsThenChildren(choices.needs()));
        model.addAttribute("accessibility", choices.accessibility());
        model.addAttribute("eligibility", choices.eligibility());
        model.addAttribute("listingsPage", access.listingsPage(organisation.id()));
        return VIEW;
    }

    /** Needs in the order people scan them: each broad need, then the narrower ones under it. */
    private static List<TaxonomyTerm> parentsThenChildren(List<TaxonomyTerm> terms) {
        List<TaxonomyTerm> ordered = new ArrayList<>();
        terms.stream().filter(t -> t.parentId() == null).sorted(Comparator.comparing(TaxonomyTerm::name))
                .forEach(parent -> {
                    ordered.add(parent);
                    terms.stream().filter(t -> parent.id().equals(t.parentId()))
                            .sorted(Comparator.comparing(TaxonomyTerm::name)).forEach(ordered::add);
                });
        terms.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }
}
