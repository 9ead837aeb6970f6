package org.linkwork.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with a message for each field at fault. Adapters turn it into
 * HTTP 422 with a problem+json body (JSON) or errors next to the fields (pages).
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * What is wrong with one field, in words a user understands.
     *
     * @param field   the field's name in the request ("person.postcode")
     * @param message what to do about it ("Enter a real postcode, like HX1 1UJ")
     */
    public record FieldProblem(String field, String message) {
    }
}
