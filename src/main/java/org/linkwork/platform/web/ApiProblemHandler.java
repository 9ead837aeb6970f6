package org.linkwork.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of the JSON API ({@code /api/**}) into {@code application/problem+json}, with an
 * {@code errors} list of field and message where the input was at fault.
 */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = URI.create("https://linkwork.org/problems/invalid-input");

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Some of the input is not valid", e.problems());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInput.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidInput.FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.unprocessableContent()
                .body(withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Some of the input is not valid", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof InvalidFormatException invalid
                && TextWithoutNul.MESSAGE.equals(invalid.getOriginalMessage())) {
            return ResponseEntity.unprocessableContent().body(withErrors(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Some of the input is not valid", List.of(new InvalidInput.FieldProblem(field(invalid),
                            TextWithoutNul.MESSAGE))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    /** The field as the API's errors name it: {@code person.givenName}, {@code needs[1]}. */
    private static String field(InvalidFormatException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static ProblemDetail withErrors(HttpStatus status, String title, List<InvalidInput.FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(INVALID_INPUT);
        problem.setTitle(title);
        problem.setDetail(problems.isEmpty() ? title : problems.getFirst().message());
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList());
        return problem;
    }
}
