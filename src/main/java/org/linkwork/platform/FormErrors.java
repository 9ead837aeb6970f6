package org.linkwork.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the problems of {@link InvalidInput} onto a page's form, next to their fields, keeping what
 * was typed; one message a field.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Places each problem next to its field; a problem about something the form has no field for goes to the form as a whole. */
    public static void addTo(BindingResult result, List<FieldProblem> problems) {
        place(result, problems, UnaryOperator.identity()).forEach(message -> result.reject("invalid", message));
    }

    /**
     * Places each problem next to the form field {@code fieldOf} names for it (a module's "progress-ID" may be
     * the form's "progress[ID]").
     *
     * @return the messages of problems about no field of the form, for the page to show above it
     */
    public static List<String> place(BindingResult result, List<FieldProblem> problems, UnaryOperator<String> fieldOf) {
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String field = fieldOf.apply(problem.field());
            if (result.hasFieldErrors(field)) {
                continue;
            }
            Object typed;
            try {
                typed = result.getRawFieldValue(field);
            } catch (NotReadablePropertyException e) {
                unplaced.add(problem.message());
                continue;
            }
            result.addError(new FieldError(result.getObjectName(), field, typed, false, null, null, problem.message()));
        }
        return unplaced;
    }
}
