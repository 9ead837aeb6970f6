package org.linkwork.people;

import org.springframework.security.access.AccessDeniedException;

/**
 * Processing of this person's record is restricted (UK GDPR Art. 18, or an upheld objection): nothing may
 * be done with it, and only administrators may read it, until an administrator lifts the restriction.
 * It is an {@link AccessDeniedException}, so a request that meets it and is not handled otherwise answers 403.
 */
public class ProcessingRestricted extends AccessDeniedException {

    private final PersonId personId;

    public ProcessingRestricted(PersonId personId) {
        super("Processing of this person's information is restricted under data protection law: nothing may be "
                + "done with their record until an administrator lifts the restriction");
        this.personId = personId;
    }

    public PersonId personId() {
        return personId;
    }
}
