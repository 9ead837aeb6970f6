package org.linkwork.directory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The taxonomies Linkwork ships: needs (what a service helps with), accessibility features, and
 * who a service is for. Their ids, and those of their terms, are stable name-based UUIDs, so the
 * same code has the same id in every deployment.
 */
public final class LinkworkTaxonomies {

    public static final String NEEDS = id("taxonomy", "linkwork-needs");
    public static final String ACCESSIBILITY = id("taxonomy", "linkwork-accessibility");
    public static final String ELIGIBILITY = id("taxonomy", "linkwork-eligibility");

    private LinkworkTaxonomies() {
    }

    /** The id of a term of one of Linkwork's taxonomies, from its code. */
    public static String termId(String taxonomyId, String code) {
        return id(taxonomyId, code);
    }

    public static String needId(String code) {
        return termId(NEEDS, code);
    }

    public static String accessibilityId(String code) {
        return termId(ACCESSIBILITY, code);
    }

    public static String eligibilityId(String code) {
        return termId(ELIGIBILITY, code);
    }

    private static String id(String namespace, String code) {
        return UUID.nameUUIDFromBytes((namespace + "/" + code).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
