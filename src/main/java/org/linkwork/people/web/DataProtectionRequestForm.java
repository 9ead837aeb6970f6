package org.linkwork.people.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkwork.people.DataProtectionRequest;
import org.linkwork.people.LegalException;
import org.linkwork.platform.InvalidInput.FieldProblem;

/** The form an administrator records a data protection request and its decision with. */
public class DataProtectionRequestForm {

    private String kind;
    private String receivedOnDay;
    private String receivedOnMonth;
    private String receivedOnYear;
    private String decision;
    private String legalException;
    private String justification;

    /** The decision as module people takes it; what cannot be read is added to {@code problems}. */
    DataProtectionRequest.Decided decided(List<FieldProblem> problems) {
        DataProtectionRequest.Kind chosenKind = blank(kind) ? null : DataProtectionRequest.Kind.fromCode(kind).orElse(null);
        if (chosenKind == null) {
            problems.add(new FieldProblem("kind", "Choose what the person asked for"));
        }
        DataProtectionRequest.Decision chosenDecision = blank(decision) ? null
                : DataProtectionRequest.Decision.fromCode(decision).orElse(null);
        if (chosenDecision == null) {
            problems.add(new FieldProblem("decision", "Choose what was decided"));
        }
        Optional<LegalException> exception = blank(legalException) ? Optional.empty() : LegalException.fromCode(legalException);
        if (!blank(legalException) && exception.isEmpty()) {
            problems.add(new FieldProblem("legalException", "Choose a legal exception from the list"));
        }
        LocalDate received = null;
        if (blank(receivedOnDay) && blank(receivedOnMonth) && blank(receivedOnYear)) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the request was received"));
        } else {
            try {
                received = LocalDate.of(Integer.parseInt(receivedOnYear.strip()), Integer.parseInt(receivedOnMonth.strip()),
                        Integer.parseInt(receivedOnDay.strip()));
            } catch (NumberFormatException | DateTimeException | NullPointerException e) {
                problems.add(new FieldProblem("receivedOn", "Date received must be a real date, like 15 3 2026"));
            }
        }
        return new DataProtectionRequest.Decided(chosenKind, received, chosenDecision, exception, justification);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReceivedOn() { return null; }
    public String getReceivedOnDay() { return receivedOnDay; }
    public void setReceivedOnDay(String receivedOnDay) { this.receivedOnDay = receivedOnDay; }
    public String getReceivedOnMonth() { return receivedOnMonth; }
    public void setReceivedOnMonth(String receivedOnMonth) { this.receivedOnMonth = receivedOnMonth; }
    public String getReceivedOnYear() { return receivedOnYear; }
    public void setReceivedOnYear(String receivedOnYear) { this.receivedOnYear = receivedOnYear; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getLegalException() { return legalException; }
    public void setLegalException(String legalException) { this.legalException = legalException; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
