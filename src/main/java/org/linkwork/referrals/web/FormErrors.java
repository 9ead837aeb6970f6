package org.linkwork.referrals.web;

import java.util.List;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts problems next to the fields of a form, keeping what was typed; one message a field. */
final class FormErrors {

    private FormErrors() {
    }

    static void addTo(BindingResult result, List<FieldProblem> problems) {
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
