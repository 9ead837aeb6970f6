package org.linkwork.referrals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.linkwork.directory.Directory;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.linkwork.people.Consent;
import org.linkwork.people.DataProtection;
import org.linkwork.people.People;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.Appointment;
import org.linkwork.referrals.Caseload;
import org.linkwork.referrals.Contact;
import org.linkwork.referrals.DischargeReason;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.NewAppointment;
import org.linkwork.referrals.NewContact;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Note;
import org.linkwork.referrals.OnwardKind;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralRequested;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.OnwardReferralStatusChanged;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.ReasonRequired;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralAllocated;
import org.linkwork.referrals.ReferralChangedConcurrently;
import org.linkwork.referrals.ReferralClosed;
import org.linkwork.referrals.ReferralDetail;
import org.linkwork.referrals.ReferralDischarged;
import org.linkwork.referrals.ReferralEvent;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.ReferralStatus;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TransitionNotAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals and onward referrals, with their access rules ({@link ReferralAccess}) and audit. Nothing
 * here logs: a referral's reason and the person it names must never reach a log file.
 */
@Service
@Transactional
class ReferralsService implements Referrals {

    static final String API_PREFIX = ReferralIntake.API_PREFIX;
    static final String SUBJECT = ReferralIntake.SUBJECT;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_TEXT = 4000;
    private static final int MAX_LIST = 200;

    private final ReferralRecords records;
    private final OnwardReferralRecords onward;
    private final IntakeWriter intake;
    private final ReferralAccess access;
    private final People people;
    private final DataProtection dataProtection;
    private final Directory directory;
    private final Users users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralsService(ReferralRecords records, OnwardReferralRecords onward, IntakeWriter intake,
            ReferralAccess access, People people, Directory directory, Users users, AuditLog audit,
            ApplicationEventPublisher events, ReferralSettings settings, ObjectProvider<Clock> clock,
            DataProtection dataProtection) {
        this.dataProtection = dataProtection;
        this.records = records;
        this.onward = onward;
        this.intake = intake;
        this.access = access;
        this.people = people;
        this.directory = directory;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Not in a transaction of its own: the JSON API's referrals are written in batches (see {@link IntakeWriter}). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Receipt receive(NewReferral referral) {
        return intake.receive(referral, Optional.empty());
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Receipt receive(NewReferral referral, IdempotencyKey key) {
        access.signedIn();
        return intake.receive(referral, Optional.of(key));
    }

    @Override
    public ReferralDetail referral(ReferralId id, String why) {
        Referral referral = readable(id);
        if (!access.current().map(u -> u.is(Role.ADMIN)).orElse(false)) {
            dataProtection.requireNotRestricted(referral.personId());
        }
        audit.record("referral.read", SUBJECT, id.toString(), why == null || why.isBlank() ? "read referral" : why);
        return detail(referral);
    }

    private ReferralDetail detail(Referral referral) {
        List<OnwardReferral> onwardReferrals = onward.ofReferral(referral.id());
        if (access.seesAsReferrer(referral)) {
            List<ReferralEvent> history = records.events(referral.id()).stream().filter(ReferralEvent::isForReferrer).toList();
            return new ReferralDetail(referral, List.of(), List.of(), List.of(), onwardReferrals, history,
                    records.discharge(referral.id()).map(d -> new org.linkwork.referrals.Discharge(d.reason(), null,
                            d.dischargedBy(), d.dischargedAt())));
        }
        return new ReferralDetail(referral, records.contacts(referral.id()), records.appointments(referral.id()),
                records.notes(referral.id()), onwardReferrals, records.events(referral.id()),
                records.discharge(referral.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> queue() {
        CurrentUser user = requireLinkWorkerOrAdmin();
        return records.queue(user.placeId(), MAX_LIST);
    }

    @Override
    public List<ReferralDetail> referredByMe() {
        CurrentUser user = access.signedIn();
        List<ReferralDetail> mine = records.referredBy(user.username(), MAX_LIST).stream().map(this::detail).toList();
        mine.forEach(d -> audit.record("referral.read", SUBJECT, d.referral().id().toString(), "referrer follows their referrals"));
        return mine;
    }

    @Override
    public Referral triage(ReferralId id, int version) {
        Referral referral = lockForTeam(id, version);
        if (referral.status() != ReferralStatus.RECEIVED) {
            throw new InvalidInput("status", "Only a newly received referral is triaged; this one is "
                    + referral.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        save(referral, ReferralStatus.TRIAGED, referral.allocatedTo().orElse(null), referral.allocatedAt().orElse(null),
                referral.reviewDue().orElse(null));
        records.event(id, "triaged", "Looked at in triage", access.actor());
        return records.find(id).orElseThrow();
    }

    @Override
    public Referral allocate(ReferralId id, int version, String linkWorker) {
        Referral referral = lockForTeam(id, version);
        CurrentUser to = Optional.ofNullable(linkWorker).filter(u -> !u.isBlank()).flatMap(users::findByUsername)
                .filter(u -> u.is(Role.LINK_WORKER) && u.placeId().equals(referral.placeId()))
                .orElseThrow(() -> new InvalidInput("linkWorker", "Choose a link worker of this place's team"));
        ReferralStatus status = referral.status() == ReferralStatus.ACTIVE ? ReferralStatus.ACTIVE : ReferralStatus.ALLOCATED;
        Instant now = clock.instant();
        LocalDate reviewDue = referral.reviewDue().orElse(today().plusDays(settings.reviewEvery().toDays()));
        save(referral, status, to.username(), now, reviewDue);
        records.event(id, "allocated", "Allocated to " + to.username(), access.actor());
        events.publishEvent(new ReferralAllocated(id, referral.placeId(), to.username(), now));
        return records.find(id).orElseThrow();
    }

    @Override
    public Contact recordContact(ReferralId id, NewContact contact) {
        Referral referral = lockForTeam(id, null);
        List<FieldProblem> problems = new ArrayList<>();
        if (contact.kind() == null) {
            problems.add(new FieldProblem("kind", "Choose how you were in touch: call, visit or message"));
        }
        if (contact.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Choose what came of the contact"));
        }
        Instant at = contact.contactedAt() == null ? clock.instant() : contact.contactedAt();
        if (at.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            problems.add(new FieldProblem("contactedAt", "The contact must have happened already: enter today or a day before"));
        }
        LocalDate day = at.atZone(UK).toLocalDate();
        if (contact.nextContactDue() != null && contact.nextContactDue().isBefore(day)) {
            problems.add(new FieldProblem("nextContactDue", "The next contact must be on or after this one"));
        }
        String note = text(contact.note());
        if (note != null && note.length() > MAX_TEXT) {
            problems.add(new FieldProblem("note", "Note must be " + MAX_TEXT + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String actor = access.actor();
        records.insertContact(id, contact.kind(), contact.outcome(), note, at, contact.review(), contact.nextContactDue(),
                actor);
        records.event(id, "contact", contact.kind().label() + ": " + contact.outcome().label().toLowerCase(java.util.Locale.ROOT),
                actor);
        ReferralStatus status = referral.status() == ReferralStatus.ALLOCATED && contact.outcome().reachedThePerson()
                ? ReferralStatus.ACTIVE : referral.status();
        LocalDate reviewDue = contact.review() ? day.plusDays(settings.reviewEvery().toDays()) : referral.reviewDue().orElse(null);
        if (status != referral.status() || !Optional.ofNullable(reviewDue).equals(referral.reviewDue())) {
            save(referral, status, referral.allocatedTo().orElse(null), referral.allocatedAt().orElse(null), reviewDue);
        }
        return new Contact(contact.kind(), contact.outcome(), note, at, contact.review(),
                Optional.ofNullable(contact.nextContactDue()), actor);
    }

    @Override
    public Appointment bookAppointment(ReferralId id, NewAppointment appointment) {
        lockForTeam(id, null);
        List<FieldProblem> problems = new ArrayList<>();
        if (appointment.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "Enter the date and time of the appointment"));
        }
        String location = text(appointment.location());
        if (location == null) {
            problems.add(new FieldProblem("location", "Enter where the appointment is, or that it is by phone"));
        } else if (location.length() > 200) {
            problems.add(new FieldProblem("location", "Where must be 200 characters or fewer"));
        }
        String purpose = text(appointment.purpose());
        if (purpose != null && purpose.length() > 1000) {
            problems.add(new FieldProblem("purpose", "Purpose must be 1000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String actor = access.actor();
        records.insertAppointment(id, appointment.startsAt(), location, purpose, actor);
        records.event(id, "appointment", "Appointment booked", actor);
        return new Appointment(appointment.startsAt(), location, purpose, actor);
    }

    @Override
    public Note addNote(ReferralId id, String text) {
        lockForTeam(id, null);
        String note = text(text);
        if (note == null) {
            throw new InvalidInput("text", "Enter the note");
        }
        if (note.length() > MAX_TEXT) {
            throw new InvalidInput("text", "Note must be " + MAX_TEXT + " characters or fewer");
        }
        String actor = access.actor();
        records.insertNote(id, note, actor);
        records.event(id, "note", "Note added", actor);
        return new Note(note, actor, clock.instant());
    }

    @Override
    public Referral discharge(ReferralId id, int version, DischargeReason reason, String note) {
        Referral referral = lockForTeam(id, version);
        String text = text(note);
        if (reason == null) {
            throw new InvalidInput("reason", "Choose why the person is discharged");
        }
        if (reason == DischargeReason.OTHER && text == null) {
            throw new InvalidInput("note", "Say in words why the person is discharged");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInput("note", "Note must be " + MAX_TEXT + " characters or fewer");
        }
        save(referral, ReferralStatus.DISCHARGED, referral.allocatedTo().orElse(null),
                referral.allocatedAt().orElse(null), referral.reviewDue().orElse(null));
        String actor = access.actor();
        records.insertDischarge(id, reason, text, actor);
        records.event(id, "discharged", "Discharged: " + reason.label().toLowerCase(java.util.Locale.ROOT), actor);
        events.publishEvent(new ReferralDischarged(id, referral.placeId(), reason, clock.instant()));
        return records.find(id).orElseThrow();
    }

    @Override
    public OnwardReferral referOn(ReferralId id, String serviceId, String note, boolean shareWithOrganisation) {
        Referral referral = lockForTeam(id, null);
        ServiceDetail service = service(serviceId);
        String checkedNote = checkedNote(note);
        OnwardReferralId onwardId = OnwardReferralId.random();
        String actor = access.actor();
        onward.insert(onwardId, id, service.service().id(), service.service().name(), service.organization().id(),
                service.organization().name(), OnwardKind.REFERRAL, OnwardReferralStatus.REQUESTED, checkedNote, actor);
        onward.history(onwardId, null, OnwardReferralStatus.REQUESTED, Reason.NONE, actor);
        records.event(id, "referred-on", "Referred on to " + service.service().name() + " ("
                + service.organization().name() + ")", actor);
        if (shareWithOrganisation) {
            people.recordConsent(referral.personId(), Consent.Scope.SHARE_WITH_ORGANISATION,
                    Optional.of(new Consent.Organisation(service.organization().id(), service.organization().name())),
                    true, "Agreed when referred on to " + service.service().name());
        }
        events.publishEvent(new OnwardReferralRequested(onwardId, id, service.service().id(),
                service.organization().id(), clock.instant()));
        return onwardReferral(onwardId);
    }

    @Override
    public OnwardReferral signpost(ReferralId id, String serviceId, String note) {
        lockForTeam(id, null);
        ServiceDetail service = service(serviceId);
        String checkedNote = checkedNote(note);
        OnwardReferralId onwardId = OnwardReferralId.random();
        String actor = access.actor();
        onward.insert(onwardId, id, service.service().id(), service.service().name(), service.organization().id(),
                service.organization().name(), OnwardKind.SIGNPOST, null, checkedNote, actor);
        records.event(id, "signposted", "Signposted to " + service.service().name() + " ("
                + service.organization().name() + ")", actor);
        return onwardReferral(onwardId);
    }

    @Override
    public OnwardReferral changeStatus(OnwardReferralId id, OnwardReferralStatus target, Reason reason) {
        return change(id, null, target, reason);
    }

    @Override
    public OnwardReferral changeStatus(OnwardReferralId id, int version, OnwardReferralStatus target, Reason reason) {
        return change(id, version, target, reason);
    }

    private OnwardReferral change(OnwardReferralId id, Integer version, OnwardReferralStatus target, Reason reason) {
        OnwardReferralRecords.Row row = onward.lock(id).orElseThrow(() -> new NotFound("Onward referral", id));
        Referral referral = records.find(row.referralId()).orElseThrow();
        access.requireAnswering(referral, row);
        dataProtection.requireNotRestricted(referral.personId());
        if (target == null) {
            throw new InvalidInput("status", "Choose a status: " + String.join(", ",
                    Stream.of(OnwardReferralStatus.values()).map(OnwardReferralStatus::code).toList()));
        }
        if (version != null && version != row.version()) {
            throw new ReferralChangedConcurrently(id);
        }
        if (row.status().isEmpty()) {
            throw new TransitionNotAllowed(target);
        }
        OnwardReferralStatus from = row.status().get();
        if (!from.canMoveTo(target)) {
            throw new TransitionNotAllowed(from, target);
        }
        Reason given = reason == null ? Reason.NONE : reason;
        if (target.needsReason() && !given.isGiven()) {
            throw new ReasonRequired(target, false);
        }
        if (given.code().filter(ReasonCode.OTHER::equals).isPresent() && given.text() == null) {
            throw new ReasonRequired(target, true);
        }
        if (given.text() != null && given.text().length() > 1000) {
            throw new InvalidInput("reason", "Reason must be 1000 characters or fewer");
        }
        if (!onward.changeStatus(id, row.version(), target)) {
            throw new ReferralChangedConcurrently(id);
        }
        String actor = access.actor();
        onward.history(id, from, target, given, actor);
        records.event(row.referralId(), "onward-status", row.serviceName() + ": " + from.code() + " to " + target.code()
                + given.code().map(c -> " (" + c.label().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""), actor);
        events.publishEvent(new OnwardReferralStatusChanged(id, row.referralId(), row.serviceId(), row.organisationId(),
                from, target, given.code(), actor, clock.instant()));
        return onwardReferral(id);
    }

    @Override
    @Transactional(readOnly = true)
    public OnwardReferral onwardReferral(OnwardReferralId id) {
        OnwardReferralRecords.Row row = onward.find(id).orElseThrow(() -> new NotFound("Onward referral", id));
        Referral referral = records.find(row.referralId()).orElseThrow();
        CurrentUser user = access.signedIn();
        boolean provider = user.is(Role.PROVIDER) && row.kind() == OnwardKind.REFERRAL
                && user.organisationId().filter(row.organisationId()::equals).isPresent();
        if (!provider && !access.mayRead(referral)) {
            throw new NotFound("Onward referral", id);
        }
        return row.with(onward.historyOf(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Caseload caseload() {
        CurrentUser user = requireLinkWorkerOrAdmin();
        Instant now = clock.instant();
        LocalDate today = today();
        List<Caseload.Entry> entries = records.caseload(user.username(), now).stream().map(row -> {
            Referral r = row.referral();
            Optional<LocalDate> appointmentDay = row.nextAppointment().map(a -> a.atZone(UK).toLocalDate());
            Optional<LocalDate> nextContactDue = Stream.of(appointmentDay, row.plannedContact())
                    .flatMap(Optional::stream).min(Comparator.naturalOrder());
            boolean contactOverdue = appointmentDay.isEmpty() && row.plannedContact().filter(today::isAfter).isPresent();
            boolean reviewOverdue = r.reviewDue().filter(today::isAfter).isPresent();
            Instant waitedUntil = row.firstReached().orElse(now);
            long waitingDays = ChronoUnit.DAYS.between(r.createdAt().atZone(UK).toLocalDate(),
                    waitedUntil.atZone(UK).toLocalDate());
            return new Caseload.Entry(r.id(), r.personId(), r.status(), r.urgency(), r.createdAt(), nextContactDue,
                    contactOverdue, row.nextAppointment(), r.reviewDue(), reviewOverdue, waitingDays,
                    row.firstReached().isPresent());
        }).sorted(Comparator.comparing((Caseload.Entry e) -> !(e.contactOverdue() || e.reviewOverdue()))
                .thenComparing(e -> e.nextContactDue().orElse(LocalDate.MAX))
                .thenComparing(Caseload.Entry::referredAt)).toList();
        int lastTwelveMonths = records.allocatedSince(user.username(),
                today.minusYears(1).atStartOfDay(UK).toInstant());
        return new Caseload(user.username(), entries, lastTwelveMonths, settings.safeCaseload().active(),
                settings.safeCaseload().yearly());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> team() {
        CurrentUser user = requireLinkWorkerOrAdmin();
        TreeSet<String> team = new TreeSet<>(users.usernamesOf(user.placeId(), Role.LINK_WORKER));
        if (user.is(Role.LINK_WORKER)) {
            team.add(user.username());
        }
        return List.copyOf(team);
    }

    private Referral readable(ReferralId id) {
        return records.find(id).filter(access::mayRead).orElseThrow(() -> new NotFound("Referral", id));
    }

    /** Locks the referral for a change by its place's team; checks the version the change was made from, when given. */
    private Referral lockForTeam(ReferralId id, Integer version) {
        Referral referral = records.lock(id).orElseThrow(() -> new NotFound("Referral", id));
        access.requireTeam(referral);
        dataProtection.requireNotRestricted(referral.personId());
        if (referral.status() == ReferralStatus.DISCHARGED) {
            throw new ReferralClosed(id);
        }
        if (version != null && version != referral.version()) {
            throw new ReferralChangedConcurrently(id);
        }
        return referral;
    }

    private void save(Referral referral, ReferralStatus status, String allocatedTo, Instant allocatedAt,
            LocalDate reviewDue) {
        if (!records.update(referral.id(), referral.version(), status, allocatedTo, allocatedAt, reviewDue)) {
            throw new ReferralChangedConcurrently(referral.id());
        }
    }

    private CurrentUser requireLinkWorkerOrAdmin() {
        CurrentUser user = access.signedIn();
        if (!user.is(Role.LINK_WORKER) && !user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only link workers and administrators work on referrals");
        }
        return user;
    }

    private ServiceDetail service(String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new InvalidInput("serviceId", "Choose a service from the directory");
        }
        ServiceDetail service;
        try {
            service = directory.serviceDetail(serviceId.strip());
        } catch (NotFound e) {
            throw new InvalidInput("serviceId", "There is no such service in the directory: choose one from the directory");
        }
        if (!service.service().isActive()) {
            throw new InvalidInput("serviceId", "This service is " + service.service().status() + ": choose another");
        }
        return service;
    }

    private static String checkedNote(String note) {
        String text = text(note);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInput("note", "Note must be " + MAX_TEXT + " characters or fewer");
        }
        return text;
    }

    private LocalDate today() {
        return clock.instant().atZone(UK).toLocalDate();
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
