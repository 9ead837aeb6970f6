package org.linkwork.matching.web;

import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A concept that is not there gets the friendly "page not found", as any unknown page does.
 */
@ControllerAdvice(assignableTypes = ConceptAdminController.class)
class MatchingPagesAdvice {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
