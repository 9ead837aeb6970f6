package org.linkwork.referrals.inbox;

import org.linkwork.referrals.AttendanceNotTaken;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A session recorded on a referral that does not take them is 409 Conflict, as problem+json. */
@RestControllerAdvice(assignableTypes = InboxApiController.class)
class InboxApiAdvice {

    @ExceptionHandler(AttendanceNotTaken.class)
    ProblemDetail attendanceNotTaken(AttendanceNotTaken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Sessions not taken");
        problem.setProperty("referralStatus", e.status().code());
        return problem;
    }
}
