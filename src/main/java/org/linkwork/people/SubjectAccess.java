package org.linkwork.people;

import org.linkwork.platform.NotFound;

/**
 * Subject access: everything held about a person, collected from every {@link PersonalDataSource}.
 * Only administrators (and system work) may make an export, and each one is written to the audit log
 * with its reason.
 */
public interface SubjectAccess {

    /**
     * @param reason why the export is made (the request's reference), required: kept in the audit log
     * @throws NotFound           when there is no such person
     * @throws PersonAccessRefused when the caller is not an administrator
     */
    SubjectAccessExport export(PersonId id, String reason);
}
