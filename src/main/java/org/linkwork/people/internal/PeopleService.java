package org.linkwork.people.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.Consent;
import org.linkwork.people.NhsNumber;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonAccessRefused;
import org.linkwork.people.PersonChangedConcurrently;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonSummary;
import org.linkwork.people.PossibleDuplicate;
import org.linkwork.people.ProcessingRestricted;
import org.linkwork.people.Registration;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person records with their access rules (see {@link Access}) and audit. Nothing here logs: names,
 * NHS numbers and the like must never reach a log file.
 */
@Service
@Transactional
class PeopleService implements People {

    static final String SUBJECT = "person";

    private final PersonRecords records;
    private final ConsentRecords consents;
    private final DuplicateFlags flags;
    private final PersonChecks checks;
    private final Access access;
    private final AuditLog audit;
    private final DataProtectionRecords dataProtection;

    PeopleService(PersonRecords records, ConsentRecords consents, DuplicateFlags flags, PersonChecks checks,
            Access access, AuditLog audit, DataProtectionRecords dataProtection) {
        this.dataProtection = dataProtection;
        this.records = records;
        this.consents = consents;
        this.flags = flags;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public Registration register(PersonDetails details) {
        access.requireIntake("register people");
        Person person = checks.check(PersonId.random(), 0, details);
        records.lockForDuplicateDetection(person.birthDate(), person.nhsNumber());
        if (person.nhsNumber().isPresent()) {
            Optional<PersonRecords.Candidate> same = records.withNhsNumber(person.nhsNumber().get().value()).stream()
                    .filter(c -> c.birthDate().equals(person.birthDate()))
                    .findFirst();
            if (same.isPresent()) {
                audit.record("person.register", SUBJECT, same.get().id().toString(),
                        "registration matched an existing record");
                return new Registration(same.get().id(), true, List.of());
            }
        }
        records.insert(person, access.actor());
        audit.record("person.register", SUBJECT, person.id().toString(), "registration");
        return new Registration(person.id(), false, flagPossibleDuplicates(person));
    }

    @Override
    public Person read(PersonId id, String reason) {
        access.requireFullAccess("see people's records");
        Person person = records.find(live(id)).orElseThrow(() -> notFound(id));
        refuseIfRestricted(person.id());
        audit.record("person.read", SUBJECT, person.id().toString(), requireReason(reason));
        return person;
    }

    @Override
    public PersonSummary summary(PersonId id, String reason) {
        Access.Caller caller = access.requireSharing("see people's details");
        PersonId live = live(id);
        refuseIfRestricted(live);
        boolean mayReach = switch (caller) {
            case SYSTEM, STAFF -> true;
            case PROVIDER -> {
                Optional<String> organisation = access.organisationId();
                if (organisation.isEmpty()
                        || !consents.agreed(live, Consent.Scope.SHARE_WITH_ORGANISATION, organisation)) {
                    throw new PersonAccessRefused("see this person: they have not agreed to share with your organisation");
                }
                yield true;
            }
            default -> false;
        };
        Person person = records.find(live).orElseThrow(() -> notFound(id));
        audit.record("person.summary.read", SUBJECT, person.id().toString(), requireReason(reason));
        Optional<PersonSummary.HowToReach> howToReach = mayReach
                ? Optional.of(new PersonSummary.HowToReach(person.contact(), person.demographics().mainLanguage(),
                        person.demographics().interpreterNeeded(), person.demographics().accessibleInformationNeeds()))
                : Optional.empty();
        return new PersonSummary(person.id(), person.name(), person.birthDate(), howToReach);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonId> resolve(PersonId id) {
        if (access.caller() == Access.Caller.COMMISSIONER || access.caller() == Access.Caller.UNKNOWN) {
            throw new PersonAccessRefused("look up people");
        }
        return records.resolve(id);
    }

    @Override
    public Person update(PersonId id, int version, PersonDetails details, String reason) {
        access.requireFullAccess("change people's records");
        PersonId live = live(id);
        refuseIfRestricted(live);
        if (!live.equals(id) || records.version(live).filter(v -> v == version).isEmpty()) {
            throw new PersonChangedConcurrently(id);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw new InvalidInput("reason", "Reason for the change must be 1000 characters or fewer");
        }
        Person before = records.find(id).orElseThrow(() -> notFound(id));
        Person changed = checks.check(id, version, details);
        records.lockForDuplicateDetection(changed.birthDate(), changed.nhsNumber());
        if (!records.update(changed, version)) {
            throw new PersonChangedConcurrently(id);
        }
        List<String> fields = RecordChanges.between(before, changed);
        if (!fields.isEmpty()) {
            dataProtection.insertRectification(id, fields, why, access.actor());
        }
        audit.record("person.update", SUBJECT, id.toString(), "change record");
        flagPossibleDuplicates(changed);
        return records.find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates() {
        access.requireFullAccess("see possible duplicates");
        return flags.open();
    }

    @Override
    public void merge(PersonId keep, PersonId duplicate) {
        access.requireFullAccess("merge people's records");
        if (keep.equals(duplicate)) {
            throw new InvalidInput("keep", "Choose two different records to merge");
        }
        List<PersonId> locked = records.lockLive(keep, duplicate);
        if (!locked.contains(keep) || !locked.contains(duplicate)) {
            // One of them is gone or was merged already: what the link worker compared is out of date.
            throw new PersonChangedConcurrently(locked.contains(keep) ? duplicate : keep);
        }
        String actor = access.actor();
        records.merge(keep, duplicate, actor);
        flags.decide(keep, duplicate, "merged", actor);
        flags.moveOpenFlags(duplicate, keep, actor);
        audit.record("person.merge", SUBJECT, keep.toString(), "kept; merged record " + duplicate + " into it");
        audit.record("person.merge", SUBJECT, duplicate.toString(), "merged into record " + keep);
    }

    @Override
    public void dismissPossibleDuplicate(PersonId personId, PersonId otherId) {
        access.requireFullAccess("decide on possible duplicates");
        if (!flags.decide(personId, otherId, "dismissed", access.actor())) {
            throw new NotFound("Open possible duplicate", personId + " and " + otherId);
        }
        audit.record("person.duplicate.dismiss", SUBJECT, personId.toString(), "not the same person as " + otherId);
    }

    @Override
    public Consent recordConsent(PersonId id, Consent.Scope scope, Optional<Consent.Organisation> organisation,
            boolean given, String note) {
        access.requireIntake("record consent");
        PersonId live = live(id);
        refuseIfRestricted(live);
        List<FieldProblem> problems = new ArrayList<>();
        if (scope == null) {
            problems.add(new FieldProblem("scope", "Choose what the decision is about"));
        }
        Optional<Consent.Organisation> checkedOrganisation = Optional.empty();
        if (scope == Consent.Scope.SHARE_WITH_ORGANISATION) {
            String organisationId = organisation.map(o -> PersonChecks.text(o.id())).orElse(null);
            String organisationName = organisation.map(o -> PersonChecks.text(o.name())).orElse(null);
            if (organisationId == null) {
                problems.add(new FieldProblem("organisationId", "Enter the organisation's directory id"));
            } else if (organisationId.length() > 200) {
                problems.add(new FieldProblem("organisationId", "Organisation id must be 200 characters or fewer"));
            }
            if (organisationName == null) {
                problems.add(new FieldProblem("organisationName", "Enter the organisation's name"));
            } else if (organisationName.length() > 200) {
                problems.add(new FieldProblem("organisationName", "Organisation name must be 200 characters or fewer"));
            }
            checkedOrganisation = Optional.of(new Consent.Organisation(organisationId, organisationName));
        } else if (organisation.isPresent()) {
            problems.add(new FieldProblem("organisationId", "Only sharing with an organisation names an organisation"));
        }
        String checkedNote = PersonChecks.text(note);
        if (checkedNote != null && checkedNote.length() > 1000) {
            problems.add(new FieldProblem("note", "Note must be 1000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Consent consent = consents.insert(live, scope, checkedOrganisation, given, checkedNote, access.actor());
        audit.record("person.consent.record", SUBJECT, live.toString(),
                "consent " + (given ? "given" : "refused or withdrawn") + ": " + scope.name());
        return consent;
    }

    @Override
    public List<Consent> consents(PersonId id, String reason) {
        access.requireFullAccess("see people's consent decisions");
        PersonId live = live(id);
        refuseIfRestricted(live);
        audit.record("person.consents.read", SUBJECT, live.toString(), requireReason(reason));
        return consents.history(live);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasConsent(PersonId id, Consent.Scope scope, Optional<String> organisationId) {
        access.requireSharing("check people's consent");
        return consents.agreed(live(id), scope, organisationId);
    }

    /** Flags records that may be this person; returns the flags raised now. */
    private List<PossibleDuplicate> flagPossibleDuplicates(Person person) {
        List<PossibleDuplicate> raised = new ArrayList<>();
        Set<PersonId> compared = new HashSet<>();
        compared.add(person.id());
        Optional<String> nhsNumber = person.nhsNumber().map(NhsNumber::value);
        if (nhsNumber.isPresent()) {
            for (PersonRecords.Candidate same : records.withNhsNumber(nhsNumber.get())) {
                if (compared.add(same.id())) {
                    flags.flag(same.id(), person.id(), PossibleDuplicate.Reason.SAME_NHS_NUMBER).ifPresent(raised::add);
                }
            }
        }
        Optional<String> outward = Optional.ofNullable(person.address().postcode()).map(p -> p.split(" ")[0]);
        for (PersonRecords.Candidate candidate : records.bornOn(person.birthDate())) {
            if (!compared.add(candidate.id())) {
                continue;
            }
            boolean differentNhsNumbers = nhsNumber.isPresent() && candidate.nhsNumber().isPresent()
                    && !nhsNumber.equals(candidate.nhsNumber());
            if (differentNhsNumbers || !NameSimilarity.similar(person.name(), candidate.name())) {
                continue;
            }
            if (outward.isPresent() && candidate.outwardCode().isPresent()) {
                if (outward.equals(candidate.outwardCode())) {
                    flags.flag(candidate.id(), person.id(), PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH_DATE_AND_POSTCODE)
                            .ifPresent(raised::add);
                }
            } else {
                flags.flag(candidate.id(), person.id(), PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH_DATE)
                        .ifPresent(raised::add);
            }
        }
        return raised;
    }

    /** While processing is restricted, only administrators (and system work) may read or change the record. */
    private void refuseIfRestricted(PersonId live) {
        if (!access.isAdminOrSystem() && dataProtection.restrictedSince(live).isPresent()) {
            throw new ProcessingRestricted(live);
        }
    }

    private PersonId live(PersonId id) {
        return records.resolve(id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(PersonId id) {
        return new NotFound("Person", id);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A read of a person's record needs a reason for the audit log");
        }
        return reason.strip();
    }
}
