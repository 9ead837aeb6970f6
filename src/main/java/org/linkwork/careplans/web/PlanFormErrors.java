package org.linkwork.careplans.web;

import java.util.List;
import java.util.Map;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts the module's problems next to a form's fields, keeping what was typed; one message a field. */
final class PlanFormErrors {

    private PlanFormErrors() {
    }

    /**
     * @return the messages of problems about no field of the form (the plan as a whole), for the page to show above it
     * @param prefixes a problem on "progress-ID" goes to the form field "progress[ID]" when prefixes maps
     *                 "progress-" to "progress"
     */
    static List<String> addTo(BindingResult result, List<FieldProblem> problems, Map<String, String> prefixes) {
        List<String> unplaced = new java.util.ArrayList<>();
        for (FieldProblem problem : problems) {
            String field = problem.field();
            for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                if (field.startsWith(prefix.getKey())) {
                    field = prefix.getValue() + "[" + field.substring(prefix.getKey().length()) + "]";
                }
            }
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
