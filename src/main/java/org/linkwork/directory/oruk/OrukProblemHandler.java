package org.linkwork.directory.oruk;

import java.net.URI;
import java.util.Map;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the ORUK API as {@code application/problem+json}: an unknown id is 404, a parameter
 * that cannot be understood is 400 with an {@code errors} list naming it. Ordered first so that it,
 * not the JSON API's handler, answers for the ORUK controller.
 */
@RestControllerAdvice(assignableTypes = OrukApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrukProblemHandler {

    static final URI BAD_PARAMETER = URI.create("https://linkwork.org/problems/oruk-bad-parameter");

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail badParameter(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(BAD_PARAMETER);
        problem.setTitle("A parameter is not valid");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList());
        return problem;
    }
}
