package org.linkwork.careplans.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF says, and the size of its smallest text, read back with PDFBox. */
record PlanPdfText(String text, float smallestFontPoints, int pages) {

    static PlanPdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.stream().filter(p -> !p.getUnicode().isBlank())
                            .forEach(p -> sizes.add(p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            float smallest = sizes.stream().min(Float::compare).orElse(0f);
            return new PlanPdfText(text, smallest, document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
