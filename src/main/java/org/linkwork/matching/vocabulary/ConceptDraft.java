package org.linkwork.matching.vocabulary;

import java.util.List;

/**
 * A concept as an administrator writes it, before it is checked.
 */
public record ConceptDraft(String code, String label, ConceptKind kind, List<String> phrases, List<String> needs,
        List<String> words, List<String> accessibility, List<String> avoid, List<String> alongside, boolean nearby,
        String reason, boolean enabled) {

    public static ConceptDraft of(Concept c) {
        return new ConceptDraft(c.code(), c.label(), c.kind(), c.phrases(), c.needs(), c.words(), c.accessibility(),
                c.avoid(), c.alongside(), c.nearby(), c.reason(), c.enabled());
    }
}
