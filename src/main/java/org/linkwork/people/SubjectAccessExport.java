package org.linkwork.people;

import java.time.Instant;
import java.util.List;

/**
 * Everything Linkwork holds about a person, from every {@link PersonalDataSource}: the answer to a
 * subject access request. Its JSON shape is documented in docs/security.md.
 *
 * @param format     "linkwork-subject-access/1": changes when the shape does
 * @param personId   the record the export is of
 * @param producedAt when it was made
 * @param producedBy who made it (an administrator's username)
 * @param reason     why, as given and kept in the audit log
 * @param sources    one part for each source, in a fixed order: the person record first
 */
public record SubjectAccessExport(String format, PersonId personId, Instant producedAt, String producedBy,
        String reason, List<PersonalData> sources) {

    public static final String FORMAT = "linkwork-subject-access/1";

    public SubjectAccessExport {
        sources = List.copyOf(sources);
    }
}
