package org.linkwork.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A PDF made on the server from a page Linkwork wrote (a care plan, a subject access export). */
public final class HtmlPdf {

    private HtmlPdf() {
    }

    /**
     * @param html the page, with everything it uses inline or at an absolute address
     * @param what what the document is, for the error should it fail ("The plan")
     */
    public static byte[] render(String html, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be written as a PDF", e);
        }
        return out.toByteArray();
    }
}
