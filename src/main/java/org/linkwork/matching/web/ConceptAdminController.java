package org.linkwork.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.linkwork.matching.vocabulary.Concept;
import org.linkwork.matching.vocabulary.ConceptChangedMeanwhile;
import org.linkwork.matching.vocabulary.ConceptKind;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.linkwork.platform.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators keep the concept vocabulary: find concepts, try a sentence to see what is heard in it, add
 * a concept, edit one, or switch one off. Changes are audited and used by the next suggestion.
 */
@Controller
@RequestMapping("/admin/matching/concepts")
class ConceptAdminController {

    private final ConceptVocabulary vocabulary;

    ConceptAdminController(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    record KindOption(String code, String label) {
    }

    @ModelAttribute("kinds")
    List<KindOption> kinds() {
        return java.util.Arrays.stream(ConceptKind.values()).map(k -> new KindOption(k.name(), k.label())).toList();
    }

    @GetMapping
    String showConcepts(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "sentence", required = false) String sentence, Model model) {
        String search = q == null ? "" : q.strip().toLowerCase(Locale.UK);
        List<Concept> concepts = vocabulary.all().stream().filter(c -> search.isEmpty()
                || c.code().contains(search) || c.label().toLowerCase(Locale.UK).contains(search)
                || c.phrases().stream().anyMatch(p -> p.toLowerCase(Locale.UK).contains(search))
                || c.words().stream().anyMatch(w -> w.toLowerCase(Locale.UK).contains(search))).toList();
        model.addAttribute("concepts", concepts);
        model.addAttribute("q", q);
        model.addAttribute("sentence", sentence);
        if (sentence != null && !sentence.isBlank()) {
            model.addAttribute("heard", vocabulary.lexicon().hear(sentence));
        }
        return "matching/admin/concepts";
    }

    @GetMapping("/new")
    String showNewConceptForm(Model model) {
        ConceptForm form = new ConceptForm();
        form.setKind(ConceptKind.NEED.name());
        model.addAttribute("conceptForm", form);
        return "matching/admin/concept";
    }

    @PostMapping("/new")
    String addConcept(@ModelAttribute ConceptForm conceptForm, BindingResult binding) {
        try {
            vocabulary.add(conceptForm.toDraft());
        } catch (InvalidInput e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
            return "matching/admin/concept";
        }
        return "redirect:/admin/matching/concepts?added=" + conceptForm.getCode().strip().toLowerCase(Locale.ROOT);
    }

    @GetMapping("/{id}")
    String showConcept(@PathVariable UUID id, Model model) {
        Concept concept = vocabulary.concept(id);
        model.addAttribute("conceptForm", ConceptForm.of(concept));
        model.addAttribute("conceptId", id);
        model.addAttribute("newerShippedWording", vocabulary.shipsNewerWordingThanEdited(id));
        return "matching/admin/concept";
    }

    @PostMapping("/{id}")
    String changeConcept(@PathVariable UUID id, @ModelAttribute ConceptForm conceptForm, BindingResult binding,
            Model model) {
        model.addAttribute("conceptId", id);
        try {
            vocabulary.change(id, conceptForm.getVersion(), conceptForm.toDraft());
        } catch (InvalidInput e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
            return "matching/admin/concept";
        } catch (ConceptChangedMeanwhile e) {
            model.addAttribute("conceptForm", ConceptForm.of(vocabulary.concept(id)));
            model.addAttribute("changedMeanwhile", true);
            return "matching/admin/concept";
        }
        return "redirect:/admin/matching/concepts?saved=" + conceptForm.getCode().strip().toLowerCase(Locale.ROOT);
    }
}
