package org.linkwork.referrals.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.linkwork.people.PersonDetails;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.Urgency;

/**
 * The body of {@code POST /api/v1/referrals}, read as text so that each bad value is reported
 * against its field rather than as an unreadable request.
 */
record ReferralRequest(PersonPart person, String source, String reason, String whatMatters, List<String> needs,
        String urgency, Boolean consent) {

    record PersonPart(String givenName, String familyName, String birthDate, String nhsNumber, String postcode,
            String phone, String email) {
    }

    /** The referral, with what could not be read at all left out and reported in {@code problems}. */
    NewReferral toNewReferral(List<FieldProblem> problems) {
        PersonDetails details = null;
        if (person != null) {
            details = PersonDetails.basic(person.givenName, person.familyName, birthDate(problems), person.nhsNumber,
                    person.postcode, person.phone, person.email);
        }
        Source parsedSource = null;
        if (source != null) {
            Optional<Source> found = Source.fromCode(source);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("source", "Source must be one of gp, physio, self, social-care, vcs or other"));
            }
            parsedSource = found.orElse(null);
        }
        Urgency parsedUrgency = null;
        if (urgency != null) {
            Optional<Urgency> found = Urgency.fromCode(urgency);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("urgency", "Urgency must be routine or soon"));
            }
            parsedUrgency = found.orElse(null);
        }
        return new NewReferral(details, parsedSource, reason, whatMatters, needs, parsedUrgency, consent,
                NewReferral.Door.API);
    }

    private LocalDate birthDate(List<FieldProblem> problems) {
        if (person.birthDate == null || person.birthDate.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(person.birthDate.strip());
            if (date.isAfter(LocalDate.now(ZoneId.of("Europe/London")))) {
                problems.add(new FieldProblem("person.birthDate", "Date of birth must be in the past"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("person.birthDate", "Date of birth must be a date written as 1956-03-14"));
            return null;
        }
    }
}
