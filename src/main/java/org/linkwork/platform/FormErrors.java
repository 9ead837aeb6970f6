package org.linkwork.platform;

import java.util.List;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the problems of {@link InvalidInput} onto a page's form, next to their fields, keeping what
 * was typed; one message a field. A problem about something the form has no field for goes to the
 * form as a whole.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult result, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (result.hasFieldErrors(problem.field())) {
                continue;
            }
            Object typed;
            try {
                typed = result.getRawFieldValue(problem.field());
            } catch (NotReadablePropertyException e) {
                result.reject("invalid", problem.message());
                continue;
            }
            result.addError(new FieldError(result.getObjectName(), problem.field(), typed, false, null, null,
                    problem.message()));
        }
    }
}
