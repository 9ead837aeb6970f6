package org.linkwork.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.DataProtection;
import org.linkwork.people.DataProtectionRequest;
import org.linkwork.people.DataProtectionRequest.Decision;
import org.linkwork.people.DataProtectionRequest.Kind;
import org.linkwork.people.DataSubject;
import org.linkwork.people.PersonId;
import org.linkwork.people.ProcessingRestricted;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data protection requests and their effects (see {@link DataProtection}). A decision and what it does
 * (an erasure across every module, a restriction) commit together or not at all.
 */
@Service
@Transactional
class DataProtectionService implements DataProtection {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_TEXT = 4000;

    private final DataProtectionRecords records;
    private final PersonRecords people;
    private final PersonErasure erasure;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    DataProtectionService(DataProtectionRecords records, PersonRecords people, PersonErasure erasure, Access access,
            AuditLog audit, ObjectProvider<Clock> clock) {
        this.records = records;
        this.people = people;
        this.erasure = erasure;
        this.access = access;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public DataProtectionRequest decide(PersonId id, DataProtectionRequest.Decided decided) {
        access.requireAdmin("decide data protection requests");
        PersonId live = live(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (decided.kind() == null) {
            problems.add(new FieldProblem("kind", "Choose what the person asked for"));
        }
        LocalDate today = clock.instant().atZone(UK).toLocalDate();
        if (decided.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the request was received"));
        } else if (decided.receivedOn().isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "The date received must be today or in the past"));
        }
        if (decided.decision() == null) {
            problems.add(new FieldProblem("decision", "Choose what was decided"));
        }
        String justification = decided.justification() == null || decided.justification().isBlank() ? null
                : decided.justification().strip();
        boolean refusedInPart = decided.decision() == Decision.REFUSED || decided.decision() == Decision.PARTLY;
        if (refusedInPart && decided.legalException().isEmpty()) {
            problems.add(new FieldProblem("legalException", "Choose the legal exception the refusal relies on"));
        }
        if (decided.decision() == Decision.CARRIED_OUT && decided.legalException().isPresent()) {
            problems.add(new FieldProblem("legalException", "A request carried out in full relies on no exception"));
        }
        if (refusedInPart && justification == null) {
            problems.add(new FieldProblem("justification", "Say why the request was not carried out in full"));
        }
        if (justification != null && justification.length() > MAX_TEXT) {
            problems.add(new FieldProblem("justification", "Justification must be " + MAX_TEXT + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        DataProtectionRequest request = new DataProtectionRequest(UUID.randomUUID(), live, decided.kind(),
                decided.receivedOn(), decided.decision(), decided.legalException(), justification, access.actor(),
                clock.instant(), java.util.Optional.empty(), java.util.Optional.empty());
        records.insertRequest(request);
        audit.record("person.data-protection.decide", PeopleService.SUBJECT, live.toString(),
                request.kind().code() + ": " + request.decision().code()
                        + request.legalException().map(e -> " (" + e.code() + ")").orElse(""));
        carryOut(live, request);
        return request;
    }

    private void carryOut(PersonId live, DataProtectionRequest request) {
        boolean upheld = request.decision() != Decision.REFUSED;
        switch (request.kind()) {
            case ERASURE -> {
                // Partly: what is erased and what is kept is done by editing the record, as the justification says.
                if (request.decision() == Decision.CARRIED_OUT) {
                    DataSubject subject = records.subject(live);
                    erasure.erase(subject, "request");
                    audit.record("person.erase", PeopleService.SUBJECT, live.toString(), "erasure request carried out");
                }
            }
            case RESTRICTION, OBJECTION -> {
                if (upheld) {
                    records.restrict(live, access.actor());
                    audit.record("person.restrict", PeopleService.SUBJECT, live.toString(),
                            request.kind().code() + " upheld: processing restricted");
                }
            }
            case RECTIFICATION -> {
                // The change itself is made on the record, where it is recorded as a rectification.
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<DataProtectionRequest> requests(PersonId id) {
        access.requireAdmin("see data protection requests");
        return records.requests(records.subject(live(id)));
    }

    @Override
    public void liftRestriction(PersonId id, String reason) {
        access.requireAdmin("lift a restriction of processing");
        PersonId live = live(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new InvalidInput("reason", "Say why the restriction is lifted");
        }
        if (why.length() > MAX_TEXT) {
            throw new InvalidInput("reason", "Reason must be " + MAX_TEXT + " characters or fewer");
        }
        if (!records.lift(live)) {
            throw new InvalidInput("reason", "Processing of this record is not restricted");
        }
        records.liftRequests(live, access.actor(), why);
        audit.record("person.restriction.lift", PeopleService.SUBJECT, live.toString(), "restriction lifted");
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isRestricted(PersonId id) {
        return records.restrictedSince(id).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public void requireNotRestricted(PersonId id) {
        if (isRestricted(id)) {
            throw new ProcessingRestricted(id);
        }
    }

    private PersonId live(PersonId id) {
        return people.resolve(id).orElseThrow(() -> new NotFound("Person", id));
    }
}
