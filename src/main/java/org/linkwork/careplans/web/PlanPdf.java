package org.linkwork.careplans.web;

import java.util.Locale;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.PlanVersion;
import org.linkwork.platform.HtmlPdf;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The plan as a PDF, made on the server from the same words as the printable page
 * ({@code careplans/document}), in standard or large print (18pt and up).
 */
@Component
class PlanPdf {

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;

    PlanPdf(ITemplateEngine templates, ApplicationContext application,
            org.springframework.beans.factory.ObjectProvider<ConversionService> conversions) {
        this.templates = templates;
        this.application = application;
        this.conversions = conversions.getIfAvailable();
    }

    byte[] render(CarePlan plan, PlanVersion version, String name, boolean large) {
        Context context = new Context(Locale.UK);
        // Lets the template reach @planViews, as pages do.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        context.setVariable("plan", plan);
        context.setVariable("version", version);
        context.setVariable("name", name);
        context.setVariable("large", large);
        String html = templates.process("careplans/pdf", context);
        return HtmlPdf.render(html, "The plan");
    }

    static String fileName(PlanVersion version, boolean large) {
        return "care-plan-version-" + version.number() + (large ? "-large-print" : "") + ".pdf";
    }
}
