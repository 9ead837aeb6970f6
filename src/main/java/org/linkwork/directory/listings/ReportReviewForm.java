package org.linkwork.directory.listings;

import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * Closing a reported problem: resolved or dismissed, with a note of what was done.
 */
public class ReportReviewForm {

    static final int NOTE_MAX = 1000;

    private String outcome;
    private String note;

    /** The outcome, or empty with the mistakes recorded in {@code errors}. */
    public Optional<ProblemReports.Outcome> read(Errors errors) {
        Optional<ProblemReports.Outcome> chosen = ProblemReports.Outcome.of(outcome);
        if (chosen.isEmpty()) {
            errors.rejectValue("outcome", "required", "Choose whether you have resolved or dismissed the report");
        }
        if (note == null || note.isBlank()) {
            errors.rejectValue("note", "required", "Enter a note about what you did, or why you dismissed it");
        } else if (note.strip().length() > NOTE_MAX) {
            errors.rejectValue("note", "length", "The note must be 1,000 characters or fewer");
        }
        return errors.hasErrors() ? Optional.empty() : chosen;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
