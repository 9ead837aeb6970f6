package org.linkwork.careplans.web;

import org.linkwork.careplans.PlanChangedConcurrently;
import org.linkwork.careplans.PlanClosed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A change to an outdated copy of a plan, or to a closed plan, is 409 Conflict.
 */
@RestControllerAdvice(assignableTypes = CarePlanApiController.class)
class CarePlanApiAdvice {

    @ExceptionHandler(PlanChangedConcurrently.class)
    ProblemDetail changedConcurrently(PlanChangedConcurrently e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this plan after you read it. Read it again and make your change again.");
        problem.setTitle("Plan changed by someone else");
        return problem;
    }

    @ExceptionHandler(PlanClosed.class)
    ProblemDetail closed(PlanClosed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Plan closed");
        return problem;
    }
}
