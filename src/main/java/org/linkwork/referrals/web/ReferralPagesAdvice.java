package org.linkwork.referrals.web;

import org.linkwork.people.ProcessingRestricted;
import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A referral that is not there, or not the user's to see, gets the friendly "page not found". */
@ControllerAdvice(assignableTypes = {LinkWorkerPagesController.class, ReferrerPagesController.class})
class ReferralPagesAdvice {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** A person whose processing is restricted: a page that says so, instead of their record. */
    @ExceptionHandler(ProcessingRestricted.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String restricted() {
        return "people/restricted";
    }
}
