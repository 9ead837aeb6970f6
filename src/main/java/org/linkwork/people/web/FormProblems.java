package org.linkwork.people.web;

import java.util.List;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the problems that module people found onto a form, next to their fields, keeping what was typed.
 */
final class FormProblems {

    private FormProblems() {
    }

    static void addTo(BindingResult result, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
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
