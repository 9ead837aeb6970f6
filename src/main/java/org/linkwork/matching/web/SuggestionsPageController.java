package org.linkwork.matching.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.Suggestions;
import org.linkwork.matching.SuggestionsWithNearMisses;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A page where link workers (and referrers) try suggestions for a situation; the results are the
 * {@code matching/suggestions :: list} fragment that care plans reuse, and when few fit, the
 * {@code matching/suggestions :: nearMisses} fragment. The situation is posted, not put in
 * the address, because what matters to a person should not end up in server logs or browser history.
 */
@Controller
class SuggestionsPageController {

    /** Request fields as the form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("constraints.maxDistanceKm", "maxDistanceKm",
            "constraints.maxCostPounds", "maxCostPounds", "constraints.age", "age", "constraints.language", "language",
            "location", "postcode");

    private final Suggestions suggestions;

    SuggestionsPageController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    record Option(String code, String label) {
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("dayOptions", Arrays.stream(DayOfWeek.values())
                .map(d -> new Option(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("timeOptions", Arrays.stream(PartOfDay.values())
                .map(p -> new Option(p.code(), p.code().substring(0, 1).toUpperCase(Locale.UK) + p.code().substring(1)))
                .toList());
    }

    @GetMapping("/suggestions")
    String showSuggestionsForm(Model model) {
        model.addAttribute("suggestionsForm", new SuggestionsForm());
        return "matching/try";
    }

    @PostMapping("/suggestions")
    String suggestServices(@ModelAttribute SuggestionsForm suggestionsForm, BindingResult binding, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        SuggestionsWithNearMisses found = null;
        try {
            // Asked even when a number could not be read, so that every problem is shown at once.
            found = suggestions.suggestWithNearMisses(suggestionsForm.toRequest(problems));
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        problems.forEach(p -> binding.rejectValue(FORM_FIELDS.getOrDefault(p.field(), formField(p.field())), "invalid",
                p.message()));
        if (!binding.hasErrors() && found != null) {
            model.addAttribute("suggestions", found.suggestions());
            model.addAttribute("found", found);
        }
        return "matching/try";
    }

    private static String formField(String field) {
        return switch (field) {
            case "postcode", "whatMatters", "maxDistanceKm", "maxCostPounds", "age", "language" -> field;
            default -> "whatMatters";
        };
    }
}
