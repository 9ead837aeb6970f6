package org.linkwork.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.Consent;
import org.linkwork.people.ConsentDecision;
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
import org.linkwork.place.Location;
import org.linkwork.place.Places;
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
    private final Places places;
    private final DataProtectionRecords dataProtection;

    PeopleService(PersonRecords records, ConsentRecords consents, DuplicateFlags flags, PersonChecks checks,
            Access access, AuditLog audit, Places places, DataProtectionRecords dataProtection) {
        this.places = places;
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
    public List<Optional<Registration>> registerAll(List<PersonDetails> details) {
        access.requireIntake("register people");
        Map<String, Location> located = places.locateAll(details.stream().map(d -> d.address().postcode())
                .filter(p -> PersonChecks.text(p) != null).toList());
        List<Person> checked = new ArrayList<>();
        for (PersonDetails d : details) {
            try {
                checked.add(checks.check(PersonId.random(), 0, d, located));
            } catch (InvalidInput e) {
                checked.add(null);
            }
        }
        List<Person> valid = checked.stream().filter(java.util.Objects::nonNull).toList();
        Set<LocalDate> birthDates = new TreeSet<>();
        Set<String> nhsNumbers = new TreeSet<>();
        valid.forEach(p -> {
            birthDates.add(p.birthDate());
            p.nhsNumber().map(NhsNumber::value).ifPresent(nhsNumbers::add);
        });
        records.lockForDuplicateDetection(birthDates, nhsNumbers);
        // Read once for the whole batch; each person registered below joins the candidates of the next,
        // so the batch finds what registering them one after the other would find.
        Map<String, List<PersonRecords.Candidate>> byNhsNumber = mutable(records.withNhsNumbers(nhsNumbers));
        Map<LocalDate, List<PersonRecords.Candidate>> byBirthDate = mutable(records.bornOnAny(birthDates));

        List<Optional<Registration>> results = new ArrayList<>();
        List<Person> inserted = new ArrayList<>();
        List<PendingFlag> pendingFlags = new ArrayList<>();
        List<AuditLog.Entry> auditEntries = new ArrayList<>();
        for (Person person : checked) {
            if (person == null) {
                results.add(Optional.empty());
                continue;
            }
            Optional<PersonRecords.Candidate> same = person.nhsNumber()
                    .flatMap(n -> byNhsNumber.getOrDefault(n.value(), List.of()).stream()
                            .filter(c -> c.birthDate().equals(person.birthDate())).findFirst());
            if (same.isPresent()) {
                auditEntries.add(new AuditLog.Entry("person.register", SUBJECT, same.get().id().toString(),
                        "registration matched an existing record"));
                results.add(Optional.of(new Registration(same.get().id(), true, List.of())));
                continue;
            }
            List<PersonRecords.Candidate> sameNhsNumber = person.nhsNumber()
                    .map(n -> byNhsNumber.getOrDefault(n.value(), List.of())).orElse(List.of());
            duplicateCandidates(person, sameNhsNumber, byBirthDate.getOrDefault(person.birthDate(), List.of()))
                    .forEach(c -> pendingFlags.add(new PendingFlag(c.candidateId(), person.id(), c.reason())));
            inserted.add(person);
            auditEntries.add(new AuditLog.Entry("person.register", SUBJECT, person.id().toString(), "registration"));
            PersonRecords.Candidate asCandidate = new PersonRecords.Candidate(person.id(), person.name(),
                    person.birthDate(), person.nhsNumber().map(NhsNumber::value),
                    Optional.ofNullable(person.address().postcode()));
            person.nhsNumber().ifPresent(n -> byNhsNumber.computeIfAbsent(n.value(), k -> new ArrayList<>()).add(asCandidate));
            byBirthDate.computeIfAbsent(person.birthDate(), k -> new ArrayList<>()).add(asCandidate);
            results.add(Optional.of(new Registration(person.id(), false, List.of())));
        }
        records.insertAll(inserted, access.actor());
        audit.record(auditEntries);
        // Flags name both records, so they are raised once the records are in.
        List<PossibleDuplicate> raised = flags.flagAll(pendingFlags.stream()
                .map(f -> new DuplicateFlags.Pair(f.existing(), f.other(), f.reason())).toList());
        Map<PersonId, List<PossibleDuplicate>> raisedFor = new java.util.HashMap<>();
        raised.forEach(f -> raisedFor.computeIfAbsent(f.otherId(), k -> new ArrayList<>()).add(f));
        for (int i = 0; i < results.size(); i++) {
            Optional<Registration> result = results.get(i);
            if (result.isPresent() && !result.get().existing() && raisedFor.containsKey(result.get().personId())) {
                results.set(i, Optional.of(new Registration(result.get().personId(), false,
                        raisedFor.get(result.get().personId()))));
            }
        }
        return results;
    }

    private record PendingFlag(PersonId existing, PersonId other, PossibleDuplicate.Reason reason) {
    }

    private static <K> Map<K, List<PersonRecords.Candidate>> mutable(Map<K, List<PersonRecords.Candidate>> map) {
        Map<K, List<PersonRecords.Candidate>> copy = new java.util.HashMap<>();
        map.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
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
    public List<PersonSummary> summaries(List<PersonId> ids, String reason) {
        Access.Caller caller = access.requireSharing("see people's details");
        if (caller != Access.Caller.STAFF && caller != Access.Caller.SYSTEM) {
            // Providers see each person only with that person's consent: one at a time.
            return ids.stream().map(id -> summary(id, reason)).toList();
        }
        String why = requireReason(reason);
        Map<PersonId, PersonRecords.Live> found = records.findLive(ids);
        List<PersonSummary> summaries = new ArrayList<>();
        List<AuditLog.Entry> reads = new ArrayList<>();
        for (PersonId id : ids) {
            PersonRecords.Live live = found.get(id);
            if (live == null) {
                throw notFound(id);
            }
            Person person = live.person();
            if (live.restricted() && !access.isAdminOrSystem()) {
                throw new ProcessingRestricted(person.id());
            }
            reads.add(new AuditLog.Entry("person.summary.read", SUBJECT, person.id().toString(), why));
            summaries.add(new PersonSummary(person.id(), person.name(), person.birthDate(),
                    Optional.of(new PersonSummary.HowToReach(person.contact(), person.demographics().mainLanguage(),
                            person.demographics().interpreterNeeded(),
                            person.demographics().accessibleInformationNeeds()))));
        }
        audit.record(reads);
        return summaries;
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
        ConsentDecision checked = checked(new ConsentDecision(live, scope, organisation, given, note));
        Consent consent = consents.insert(live, scope, checked.organisation(), given, checked.note(), access.actor());
        audit.record("person.consent.record", SUBJECT, live.toString(), consentAuditReason(checked));
        return consent;
    }

    @Override
    public void recordConsents(List<ConsentDecision> decisions) {
        access.requireIntake("record consent");
        List<ConsentDecision> checked = decisions.stream().map(PeopleService::checked).toList();
        // A batch with a restricted person fails whole; intake then takes its referrals one at a time.
        checked.forEach(decision -> records.resolve(decision.personId()).ifPresent(this::refuseIfRestricted));
        List<PersonId> keptFor = consents.insertAll(checked, access.actor());
        if (keptFor.size() != checked.size()) {
            // Thrown, so that none is recorded.
            throw notFound(checked.stream().map(ConsentDecision::personId)
                    .filter(id -> records.resolve(id).isEmpty()).findFirst().orElseThrow());
        }
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            entries.add(new AuditLog.Entry("person.consent.record", SUBJECT, keptFor.get(i).toString(),
                    consentAuditReason(checked.get(i))));
        }
        audit.record(entries);
    }

    private static String consentAuditReason(ConsentDecision decision) {
        return "consent " + (decision.given() ? "given" : "refused or withdrawn") + ": " + decision.scope().name();
    }

    /** The decision as it will be kept: text trimmed; throws naming each field at fault. */
    private static ConsentDecision checked(ConsentDecision decision) {
        Consent.Scope scope = decision.scope();
        Optional<Consent.Organisation> organisation = decision.organisation();
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
        String checkedNote = PersonChecks.text(decision.note());
        if (checkedNote != null && checkedNote.length() > 1000) {
            problems.add(new FieldProblem("note", "Note must be 1000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ConsentDecision(decision.personId(), scope, checkedOrganisation, decision.given(), checkedNote);
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
        List<PersonRecords.Candidate> sameNhsNumber = person.nhsNumber()
                .map(n -> records.withNhsNumber(n.value())).orElse(List.of());
        List<PossibleDuplicate> raised = new ArrayList<>();
        for (DuplicateCandidate candidate : duplicateCandidates(person, sameNhsNumber, records.bornOn(person.birthDate()))) {
            flags.flag(candidate.candidateId(), person.id(), candidate.reason()).ifPresent(raised::add);
        }
        return raised;
    }

    private record DuplicateCandidate(PersonId candidateId, PossibleDuplicate.Reason reason) {
    }

    /**
     * The records, of those given, that may be this person and why: the same NHS number; or the same
     * date of birth, a similar name and the same postcode area (or no postcode on either side to
     * tell them apart), unless their NHS numbers differ.
     */
    private static List<DuplicateCandidate> duplicateCandidates(Person person,
            List<PersonRecords.Candidate> sameNhsNumber, List<PersonRecords.Candidate> bornTheSameDay) {
        List<DuplicateCandidate> found = new ArrayList<>();
        Set<PersonId> compared = new HashSet<>();
        compared.add(person.id());
        Optional<String> nhsNumber = person.nhsNumber().map(NhsNumber::value);
        if (nhsNumber.isPresent()) {
            for (PersonRecords.Candidate same : sameNhsNumber) {
                if (compared.add(same.id())) {
                    found.add(new DuplicateCandidate(same.id(), PossibleDuplicate.Reason.SAME_NHS_NUMBER));
                }
            }
        }
        Optional<String> outward = Optional.ofNullable(person.address().postcode()).map(p -> p.split(" ")[0]);
        for (PersonRecords.Candidate candidate : bornTheSameDay) {
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
                    found.add(new DuplicateCandidate(candidate.id(),
                            PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH_DATE_AND_POSTCODE));
                }
            } else {
                found.add(new DuplicateCandidate(candidate.id(), PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH_DATE));
            }
        }
        return found;
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
