package org.linkwork.people.web;

import org.linkwork.people.ProcessingRestricted;
import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A person who is not there gets the friendly "page not found", as any unknown page does.
 */
@ControllerAdvice(assignableTypes = {PersonPagesController.class, PersonDuplicatesController.class,
        DataProtectionPagesController.class})
class PeoplePagesAdvice {

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
