package org.linkwork.careplans.web;

import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan that is not there, or not the user's to see, gets the friendly "page not found". */
@ControllerAdvice(assignableTypes = {CarePlanPagesController.class, PlanDocumentsController.class,
        PlanSharingController.class})
class CarePlanPagesAdvice {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
