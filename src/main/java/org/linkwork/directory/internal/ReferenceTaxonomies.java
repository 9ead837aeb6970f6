package org.linkwork.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps Linkwork's own taxonomies (needs, accessibility, who a service is for) as shipped in
 * {@code directory/taxonomies.csv}: new terms appear on the next start; ids never change.
 */
@Component
@Order(-90)
class ReferenceTaxonomies implements ApplicationRunner {

    private static final Map<String, Taxonomy> TAXONOMIES = Map.of(
            "linkwork-needs", new Taxonomy(LinkworkTaxonomies.NEEDS, "Linkwork needs",
                    "What a service helps with, for social prescribing", "https://linkwork.org/taxonomies/needs", "1"),
            "linkwork-accessibility", new Taxonomy(LinkworkTaxonomies.ACCESSIBILITY, "Linkwork accessibility",
                    "Accessibility features of a service and its venue", "https://linkwork.org/taxonomies/accessibility", "1"),
            "linkwork-eligibility", new Taxonomy(LinkworkTaxonomies.ELIGIBILITY, "Linkwork eligibility",
                    "Who a service is for", "https://linkwork.org/taxonomies/eligibility", "1"));

    private final Taxonomies taxonomies;

    ReferenceTaxonomies(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        TAXONOMIES.values().forEach(taxonomies::upsert);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("directory/taxonomies.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = splitCsv(line);
                Taxonomy taxonomy = TAXONOMIES.get(f[0]);
                String id = LinkworkTaxonomies.termId(taxonomy.id(), f[1]);
                String parentId = f[2].isBlank() ? null : LinkworkTaxonomies.termId(taxonomy.id(), f[2]);
                taxonomies.upsert(new TaxonomyTerm(id, f[1], f[3], f[4], parentId, taxonomy.id(),
                        taxonomy.uri() + "/" + f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Five fields; only the last (the description) is quoted and may hold commas. */
    private static String[] splitCsv(String line) {
        String[] head = line.split(",", 5);
        String description = head[4].strip();
        if (description.startsWith("\"") && description.endsWith("\"")) {
            description = description.substring(1, description.length() - 1).replace("\"\"", "\"");
        }
        head[4] = description;
        return head;
    }
}
