package org.linkwork.directory.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.core.io.ClassPathResource;

/**
 * How the directory's words are read: the chain of Lucene's English analyser (standard tokenizer,
 * possessive "'s" removed, lower case, English stop words, Porter stemming), and, for what people
 * type, the directory's synonyms on top.
 *
 * <p>Synonyms are applied when searching, not when indexing, so editing {@value #SYNONYMS} needs a
 * restart but never a rebuild of stored data. The synonym file is read through the same chain, so
 * its entries are stemmed exactly as the text they meet ("stiff joints" meets "stiff joint").
 */
final class EnglishText {

    static final String SYNONYMS = "directory/search/synonyms.txt";

    private final Analyzer index;
    private final Analyzer query;

    private EnglishText(SynonymMap synonyms) {
        this.index = new Chain(null);
        this.query = new Chain(synonyms);
    }

    /** With the synonyms shipped in {@value #SYNONYMS}. */
    static EnglishText withShippedSynonyms() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(SYNONYMS).getInputStream(),
                StandardCharsets.UTF_8)) {
            return withSynonyms(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With synonyms in Solr format: "a, b, c" are equivalent; "a => b, c" rewrites a. */
    static EnglishText withSynonyms(Reader solrSynonyms) throws IOException {
        try (Analyzer plain = new Chain(null)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(solrSynonyms);
            return new EnglishText(parser.build());
        } catch (ParseException e) {
            String why = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IllegalStateException("The synonyms cannot be used. " + e.getMessage() + why, e);
        }
    }

    /** For text as stored: no synonyms. */
    Analyzer index() {
        return index;
    }

    /** For what people type: with synonyms. */
    Analyzer query() {
        return query;
    }

    private static final class Chain extends Analyzer {
        private final SynonymMap synonyms;

        Chain(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            if (synonyms != null) {
                // Last in the chain: filters after it would have to understand token graphs.
                result = new SynonymGraphFilter(result, synonyms, true);
            }
            return new TokenStreamComponents(source, result);
        }

        /** Keeps phrases from running from one value of a field into the next (a name into a description). */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
