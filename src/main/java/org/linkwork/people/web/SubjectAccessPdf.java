package org.linkwork.people.web;

import java.util.Locale;
import org.linkwork.people.SubjectAccessExport;
import org.linkwork.platform.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A subject access export as a PDF in plain English, made on the server from the
 * {@code people/subject-access-pdf} template: the same parts and records as the JSON, with their labels.
 */
@Component
class SubjectAccessPdf {

    private final ITemplateEngine templates;

    SubjectAccessPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(SubjectAccessExport export) {
        Context context = new Context(Locale.UK);
        context.setVariable("export", export);
        String html = templates.process("people/subject-access-pdf", context);
        return HtmlPdf.render(html, "The subject access export");
    }
}
