package org.linkwork.directory.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.TaxonomyTerm;

/**
 * Linkwork's own taxonomies as search needs them: which taxonomy a term belongs to, the broader
 * needs above a need, and names for codes.
 */
final class Vocabulary {

    enum Kind { NEED, ACCESSIBILITY, ELIGIBILITY, OTHER }

    private final Map<String, TaxonomyTerm> byId = new HashMap<>();
    private final Map<Kind, Map<String, String>> names = new HashMap<>();

    Vocabulary(List<TaxonomyTerm> terms) {
        for (TaxonomyTerm term : terms) {
            byId.put(term.id(), term);
            if (term.code() != null) {
                names.computeIfAbsent(kind(term), k -> new HashMap<>()).put(term.code(), term.name());
            }
        }
    }

    static Vocabulary empty() {
        return new Vocabulary(List.of());
    }

    Kind kind(TaxonomyTerm term) {
        String taxonomy = term.taxonomyId();
        if (LinkworkTaxonomies.NEEDS.equals(taxonomy)) {
            return Kind.NEED;
        }
        if (LinkworkTaxonomies.ACCESSIBILITY.equals(taxonomy)) {
            return Kind.ACCESSIBILITY;
        }
        return LinkworkTaxonomies.ELIGIBILITY.equals(taxonomy) ? Kind.ELIGIBILITY : Kind.OTHER;
    }

    /**
     * The term's code and the codes of every broader term above it, so that a search for a broad
     * need ("msk-friendly-exercise") finds services tagged with a narrower one
     * ("chair-based-exercise").
     */
    Set<String> codeWithBroader(TaxonomyTerm term) {
        Set<String> codes = new LinkedHashSet<>();
        TaxonomyTerm at = term;
        while (at != null && at.code() != null && codes.add(at.code())) {
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return codes;
    }

    Optional<String> name(Kind kind, String code) {
        return Optional.ofNullable(names.getOrDefault(kind, Map.of()).get(code));
    }
}
