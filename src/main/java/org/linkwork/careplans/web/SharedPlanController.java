package org.linkwork.careplans.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linkwork.careplans.PlanSharing;
import org.linkwork.careplans.ShareLinkNotUsable;
import org.linkwork.careplans.SharedPlan;
import org.springframework.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's own view of their agreed plan, through the link they were given: no account, read only,
 * never cached. A link that does not open a plan gets a page that names no one: 404 for a link that never
 * was, 410 for one that expired or was revoked, 429 for an address that tried too many.
 */
@Controller
class SharedPlanController {

    private final PlanSharing sharing;
    private final PlanPdf pdf;
    private final ShareLinkRateLimit rateLimit;

    SharedPlanController(PlanSharing sharing, PlanPdf pdf, ShareLinkRateLimit rateLimit) {
        this.sharing = sharing;
        this.pdf = pdf;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/my-plan/{token}")
    String showSharedPlan(@PathVariable String token, @RequestParam(defaultValue = "false") boolean large,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String address = request.getRemoteAddr();
        if (rateLimit.exhausted(address)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "careplans/shared-too-many";
        }
        SharedPlan shared;
        try {
            shared = sharing.open(token);
        } catch (ShareLinkNotUsable e) {
            rateLimit.countFailure(address);
            response.setStatus(status(e).value());
            model.addAttribute("why", e.why().name());
            return "careplans/shared-not-usable";
        }
        model.addAttribute("plan", shared.plan());
        model.addAttribute("version", shared.agreed());
        model.addAttribute("name", shared.name());
        model.addAttribute("large", large);
        model.addAttribute("back", "/");
        model.addAttribute("backText", "Linkwork home");
        model.addAttribute("here", "/my-plan/" + token);
        model.addAttribute("pdf", "/my-plan/" + token + "/plan.pdf");
        return "careplans/print";
    }

    /** The PDF is reached from the page, which explains a link that no longer works; here a line says it. */
    @GetMapping("/my-plan/{token}/plan.pdf")
    ResponseEntity<byte[]> downloadSharedPlan(@PathVariable String token,
            @RequestParam(defaultValue = "false") boolean large, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (rateLimit.exhausted(address)) {
            return line(HttpStatus.TOO_MANY_REQUESTS, "Too many links were tried from here. Try again in an hour.");
        }
        try {
            SharedPlan shared = sharing.open(token);
            return PlanDocumentsController.pdfResponse(pdf.render(shared.plan(), shared.agreed(), shared.name(), large),
                    PlanPdf.fileName(shared.agreed(), large));
        } catch (ShareLinkNotUsable e) {
            rateLimit.countFailure(address);
            return line(status(e), "This link does not open a plan any more. Ask your link worker for a new one.");
        }
    }

    private static ResponseEntity<byte[]> line(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpStatus status(ShareLinkNotUsable e) {
        return e.why() == ShareLinkNotUsable.Why.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
    }
}
