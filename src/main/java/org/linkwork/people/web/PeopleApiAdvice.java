package org.linkwork.people.web;

import org.linkwork.people.PersonChangedConcurrently;
import org.linkwork.people.ProcessingRestricted;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A change from an outdated version is 412 Precondition Failed: the If-Match no longer matches. A
 * record whose processing is restricted is 403, saying so.
 */
@RestControllerAdvice(assignableTypes = {PeopleApiController.class, SubjectAccessApiController.class})
class PeopleApiAdvice {

    @ExceptionHandler(PersonChangedConcurrently.class)
    ProblemDetail changedConcurrently(PersonChangedConcurrently e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "Someone else changed this record after you read it. Read it again and make your changes again.");
        problem.setTitle("Record changed by someone else");
        return problem;
    }

    @ExceptionHandler(ProcessingRestricted.class)
    ProblemDetail restricted(ProcessingRestricted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Processing restricted");
        return problem;
    }
}
