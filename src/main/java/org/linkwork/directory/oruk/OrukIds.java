package org.linkwork.directory.oruk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids for parts that came without one (a schedule saved by a form, a phone in an imported file).
 * ORUK wants an id on every object; a name-based UUID from the owner's id and the part's place
 * gives the same id on every read and every re-import, so upserts stay upserts.
 */
final class OrukIds {

    private OrukIds() {
    }

    static String orDerived(String id, String ownerId, String part, int index) {
        return id != null && !id.isBlank() ? id : derived(ownerId, part + "/" + index);
    }

    static String derived(String ownerId, String part) {
        return UUID.nameUUIDFromBytes(("oruk/" + ownerId + "/" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
