package org.linkwork.people.web;

import java.util.List;
import java.util.UUID;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonChangedConcurrently;
import org.linkwork.people.PersonId;
import org.linkwork.people.PossibleDuplicate;
import org.linkwork.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Possible duplicate records side by side, for a link worker to merge them or say they are
 * different people. Each record shown is an audited read.
 */
@Controller
@RequestMapping("/people/duplicates")
class PersonDuplicatesController {

    static final String COMPARE_REASON = "compare possible duplicates";
    private static final int SHOWN = 20;

    private final People people;

    PersonDuplicatesController(People people) {
        this.people = people;
    }

    /** One flagged pair with both records. */
    record Pair(PossibleDuplicate flag, Person first, Person second) {
    }

    @GetMapping
    String showPossibleDuplicates(Model model) {
        List<PossibleDuplicate> open = people.possibleDuplicates();
        List<Pair> pairs = open.stream().limit(SHOWN)
                .map(flag -> new Pair(flag, people.read(flag.personId(), COMPARE_REASON),
                        people.read(flag.otherId(), COMPARE_REASON)))
                .toList();
        model.addAttribute("pairs", pairs);
        model.addAttribute("total", open.size());
        return "people/duplicates";
    }

    @PostMapping("/merge")
    String mergeRecords(@RequestParam UUID personId, @RequestParam UUID otherId,
            @RequestParam(required = false) UUID keep, RedirectAttributes redirect) {
        if (keep == null || (!keep.equals(personId) && !keep.equals(otherId))) {
            redirect.addFlashAttribute("problem", "Choose which record to keep, then merge again");
            return "redirect:/people/duplicates";
        }
        UUID duplicate = keep.equals(personId) ? otherId : personId;
        try {
            people.merge(new PersonId(keep), new PersonId(duplicate));
        } catch (PersonChangedConcurrently e) {
            redirect.addFlashAttribute("problem",
                    "One of the records was merged or changed by someone else. Check the list again.");
            return "redirect:/people/duplicates";
        }
        redirect.addFlashAttribute("merged", keep);
        return "redirect:/people/duplicates";
    }

    @PostMapping("/dismiss")
    String dismissPossibleDuplicate(@RequestParam UUID personId, @RequestParam UUID otherId,
            RedirectAttributes redirect) {
        try {
            people.dismissPossibleDuplicate(new PersonId(personId), new PersonId(otherId));
            redirect.addFlashAttribute("dismissed", true);
        } catch (NotFound e) {
            redirect.addFlashAttribute("problem", "Someone else has already decided about these records.");
        }
        return "redirect:/people/duplicates";
    }
}
