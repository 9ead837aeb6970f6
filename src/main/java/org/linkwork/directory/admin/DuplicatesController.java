package org.linkwork.directory.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Possible duplicates for an administrator to merge (keeping one) or dismiss.
 */
@Controller
class DuplicatesController {

    private static final String VIEW = "directory/admin/duplicates";

    private final DuplicateDetector detector;
    private final Duplicates duplicates;

    DuplicatesController(DuplicateDetector detector, Duplicates duplicates) {
        this.detector = detector;
        this.duplicates = duplicates;
    }

    @GetMapping("/admin/duplicates")
    String showDuplicates(Model model) {
        return show(model);
    }

    @PostMapping("/admin/duplicates/organisations")
    String decideOrganisations(@RequestParam String first, @RequestParam String second, @RequestParam String decision,
            @RequestParam(required = false) String keep, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return decide(DuplicateDecisions.ORGANIZATION, first, second, decision, keep, model, response, redirect);
    }

    @PostMapping("/admin/duplicates/services")
    String decideServices(@RequestParam String first, @RequestParam String second, @RequestParam String decision,
            @RequestParam(required = false) String keep, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return decide(DuplicateDecisions.SERVICE, first, second, decision, keep, model, response, redirect);
    }

    private String decide(String kind, String first, String second, String decision, String keep, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if ("dismiss".equals(decision)) {
                duplicates.dismiss(kind, first, second);
                redirect.addFlashAttribute("done", "You said the two are not the same. They will not be shown again.");
                return "redirect:/admin/duplicates";
            }
            if (!first.equals(keep) && !second.equals(keep)) {
                String pair = DuplicateDecisions.key(first, second);
                model.addAttribute("errorPair", pair);
                model.addAttribute("errorKind", kind);
                model.addAttribute("errorAnchor", "keep-" + pair.replace('|', '-'));
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return show(model);
            }
            String other = keep.equals(first) ? second : first;
            if (DuplicateDecisions.ORGANIZATION.equals(kind)) {
                int moved = duplicates.mergeOrganisations(keep, other);
                redirect.addFlashAttribute("done", "Merged. " + (moved == 1 ? "1 service" : moved + " services")
                        + " moved to the organisation you kept.");
            } else {
                duplicates.mergeServices(keep, other);
                redirect.addFlashAttribute("done", "Merged. The other service is now marked as closed for good.");
            }
        } catch (NotFound e) {
            redirect.addFlashAttribute("gone", "Those two are no longer listed as possible duplicates: someone may have decided already.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("gone", "The merge could not be saved: " + e.getMessage());
        }
        return "redirect:/admin/duplicates";
    }

    private String show(Model model) {
        model.addAttribute("organisationPairs", detector.organisations());
        model.addAttribute("servicePairs", detector.services());
        model.addAttribute("nearbyMetres", DuplicateDetector.NEARBY_METRES);
        return VIEW;
    }
}
