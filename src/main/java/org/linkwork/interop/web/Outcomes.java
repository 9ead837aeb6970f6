package org.linkwork.interop.web;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcomes, the body of every FHIR error. */
final class Outcomes {

    private Outcomes() {
    }

    /** @param expression the FHIRPath of the element at fault, or null when it is the whole request */
    static OperationOutcome error(IssueType type, String diagnostics, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        add(outcome, type, diagnostics, expression);
        return outcome;
    }

    static void add(OperationOutcome outcome, IssueType type, String diagnostics, String expression) {
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        if (expression != null) {
            issue.addExpression(expression);
        }
    }
}
