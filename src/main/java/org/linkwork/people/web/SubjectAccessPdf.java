package org.linkwork.people.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.linkwork.people.SubjectAccessExport;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The subject access export could not be written as a PDF", e);
        }
        return out.toByteArray();
    }
}
