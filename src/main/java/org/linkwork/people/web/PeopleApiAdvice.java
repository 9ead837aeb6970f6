package org.linkwork.people.web;

import org.linkwork.people.PersonChangedConcurrently;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A change from an outdated version is 412 Precondition Failed: the If-Match no longer matches.
 */
@RestControllerAdvice(assignableTypes = PeopleApiController.class)
class PeopleApiAdvice {

    @ExceptionHandler(PersonChangedConcurrently.class)
    ProblemDetail changedConcurrently(PersonChangedConcurrently e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "Someone else changed this record after you read it. Read it again and make your changes again.");
        problem.setTitle("Record changed by someone else");
        return problem;
    }
}
