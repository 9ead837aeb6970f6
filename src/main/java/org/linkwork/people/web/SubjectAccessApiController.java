package org.linkwork.people.web;

import java.util.UUID;
import org.linkwork.people.PersonId;
import org.linkwork.people.SubjectAccess;
import org.linkwork.people.SubjectAccessExport;
import org.linkwork.platform.web.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subject access through the JSON API: everything held about a person, for administrators only (the
 * security rules and module people both refuse anyone else). The reason is required and audited.
 */
@JsonApi("/api/v1/people")
class SubjectAccessApiController {

    private final SubjectAccess subjectAccess;

    SubjectAccessApiController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/{id}/subject-access")
    SubjectAccessExport exportSubjectAccess(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        return subjectAccess.export(new PersonId(id), reason);
    }
}
