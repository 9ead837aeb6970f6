package org.linkwork.careplans.web;

import java.util.UUID;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.CarePlans;
import org.linkwork.careplans.PlanVersion;
import org.linkwork.people.People;
import org.linkwork.people.PersonSummary;
import org.linkwork.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan for the person to keep, as the link worker gives it to them: a printable page and a PDF, in
 * standard or large print. The latest version is shown, marked as a draft until agreed; the history
 * offers the PDF of each agreed version.
 */
@Controller
class PlanDocumentsController {

    static final String PRINT_REASON = "care plan printed for the person";

    private final CarePlans plans;
    private final People people;
    private final PlanPdf pdf;

    PlanDocumentsController(CarePlans plans, People people, PlanPdf pdf) {
        this.plans = plans;
        this.people = people;
        this.pdf = pdf;
    }

    @GetMapping("/care-plans/{id}/print")
    String showPrintablePlan(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean large, Model model) {
        CarePlan plan = plans.plan(new CarePlanId(id), PRINT_REASON);
        model.addAttribute("plan", plan);
        model.addAttribute("version", plan.current());
        model.addAttribute("name", name(people.summary(plan.personId(), PRINT_REASON)));
        model.addAttribute("large", large);
        model.addAttribute("back", "/care-plans/" + id);
        model.addAttribute("backText", "Back to the plan");
        model.addAttribute("here", "/care-plans/" + id + "/print");
        model.addAttribute("pdf", "/care-plans/" + id + "/plan.pdf");
        return "careplans/print";
    }

    @GetMapping("/care-plans/{id}/plan.pdf")
    ResponseEntity<byte[]> downloadPlan(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean large,
            @RequestParam(required = false) Integer version) {
        CarePlan plan = plans.plan(new CarePlanId(id), PRINT_REASON);
        PlanVersion chosen = version == null ? plan.current()
                : plan.version(version).orElseThrow(() -> new NotFound("Care plan version", version));
        byte[] document = pdf.render(plan, chosen, name(people.summary(plan.personId(), PRINT_REASON)), large);
        return pdfResponse(document, PlanPdf.fileName(chosen, large));
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] document, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    /** The name the person goes by: their preferred name when they gave one. */
    static String name(PersonSummary person) {
        String preferred = person.name().preferred();
        return preferred != null && !preferred.isBlank() ? preferred + " " + person.name().family() : person.name().full();
    }
}
