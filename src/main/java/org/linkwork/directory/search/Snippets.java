package org.linkwork.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short part of a description for a list of results: around the first word that matched the
 * search, or its beginning. Plain text, cut at word boundaries.
 */
final class Snippets {

    static final int LENGTH = 200;
    /** How much comes before the matched word, so it is read in context. */
    private static final int LEAD = 60;

    private final Analyzer analyzer;

    Snippets(Analyzer indexAnalyzer) {
        this.analyzer = indexAnalyzer;
    }

    /**
     * @param terms the analysed (stemmed) words searched for; empty for no text
     */
    String of(String description, Set<String> terms) {
        if (description == null || description.isBlank()) {
            return "";
        }
        String text = description.strip().replaceAll("\\s+", " ");
        if (text.length() <= LENGTH) {
            return text;
        }
        int at = terms.isEmpty() ? 0 : firstMatch(text, terms);
        int start = at <= LEAD ? 0 : wordStartAfter(text, at - LEAD);
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private int firstMatch(String text, Set<String> terms) {
        try (TokenStream tokens = analyzer.tokenStream(ServiceDocuments.ALL, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int found = 0;
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    found = offset.startOffset();
                    break;
                }
            }
            tokens.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int wordStartAfter(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }
}
