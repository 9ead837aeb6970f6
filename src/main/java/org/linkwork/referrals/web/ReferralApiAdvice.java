package org.linkwork.referrals.web;

import org.linkwork.people.ProcessingRestricted;
import org.linkwork.referrals.ReferralChangedConcurrently;
import org.linkwork.referrals.ReferralClosed;
import org.linkwork.referrals.TransitionNotAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The referrals API's own problems, as problem+json: a status change the task states do not allow, a
 * change from an outdated version, and work on a discharged referral are all 409 Conflict. Work on a
 * person whose processing is restricted is 403, saying so.
 */
@RestControllerAdvice(assignableTypes = ReferralApiController.class)
class ReferralApiAdvice {

    @ExceptionHandler(TransitionNotAllowed.class)
    ProblemDetail transitionNotAllowed(TransitionNotAllowed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Status change not allowed");
        if (e.from() != null) {
            problem.setProperty("from", e.from().code());
            problem.setProperty("allowed", e.from().next().stream().map(s -> s.code()).sorted().toList());
        }
        problem.setProperty("to", e.to().code());
        return problem;
    }

    @ExceptionHandler(ReferralChangedConcurrently.class)
    ProblemDetail changedConcurrently(ReferralChangedConcurrently e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        return problem;
    }

    @ExceptionHandler(ReferralClosed.class)
    ProblemDetail closed(ReferralClosed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Referral discharged");
        return problem;
    }

    @ExceptionHandler(ProcessingRestricted.class)
    ProblemDetail restricted(ProcessingRestricted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Processing restricted");
        return problem;
    }
}
