package org.linkwork.referrals.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.CurrentUser;
import org.linkwork.people.Consent;
import org.linkwork.people.ConsentDecision;
import org.linkwork.people.People;
import org.linkwork.people.PersonId;
import org.linkwork.people.Registration;
import org.linkwork.place.Place;
import org.linkwork.place.Places;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.ReferralReceived;
import org.linkwork.referrals.ReferralStatus;
import org.linkwork.referrals.Source;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving referrals: one at a time ({@link #receive}), each in the caller's transaction, or many
 * of one caller together ({@link #receiveAll}) in one transaction with a few multi-row statements,
 * which the {@link IntakeWriter} uses for the JSON API. Both make the same rows, history, audit and
 * events. Nothing here logs: a referral's reason and the person it names must never reach a log file.
 */
@Component
@Transactional
class ReferralIntake {

    static final String API_PREFIX = "api:";
    static final String SUBJECT = "referral";
    private static final int MAX_TEXT = 4000;

    /** A referral waiting to be received, with the Idempotency-Key it came with, if any. */
    record Arrival(NewReferral referral, Optional<IdempotencyKey> key) {
    }

    private final ReferralRecords records;
    private final IdempotencyKeys keys;
    private final ReferralAccess access;
    private final People people;
    private final Directory directory;
    private final Places places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralIntake(ReferralRecords records, IdempotencyKeys keys, ReferralAccess access, People people,
            Directory directory, Places places, AuditLog audit, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.records = records;
        this.keys = keys;
        this.access = access;
        this.people = people;
        this.directory = directory;
        this.places = places;
        this.audit = audit;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    Receipt receive(NewReferral referral) {
        return receiveNow(referral);
    }

    Receipt receive(NewReferral referral, IdempotencyKey key) {
        String caller = access.signedIn().username();
        checkKey(key);
        // Claimed first: a concurrent request with this key waits here until this transaction ends.
        if (!keys.claim(caller, key.key(), key.requestHash())) {
            IdempotencyKeys.Claimed claimed = keys.find(caller, key.key());
            if (!claimed.requestHash().equals(key.requestHash())) {
                throw new InvalidInput("Idempotency-Key", "This Idempotency-Key was used before with a different "
                        + "request. Send a new key with a new referral, or the same request to retry.");
            }
            Referral original = claimed.referralId().flatMap(records::find)
                    .orElseThrow(() -> new IllegalStateException("An idempotency key without its referral"));
            return new Receipt(original.id(), original.personId(), ReferralStatus.RECEIVED, true);
        }
        Receipt receipt = receiveNow(referral);
        keys.settle(caller, key.key(), receipt.id());
        return receipt;
    }

    /** @throws InvalidInput when the key is blank or too long */
    static void checkKey(IdempotencyKey key) {
        if (key.key() == null || key.key().isBlank() || key.key().length() > IdempotencyKey.MAX_LENGTH) {
            throw new InvalidInput("Idempotency-Key",
                    "Idempotency-Key must be 1 to " + IdempotencyKey.MAX_LENGTH + " characters, such as a UUID");
        }
    }

    private Receipt receiveNow(NewReferral referral) {
        Intake intake = intake(referral);
        List<FieldProblem> problems = new ArrayList<>();
        Registration registration = null;
        if (referral.person() == null) {
            problems.add(new FieldProblem("person", "Give the details of the person referred"));
        } else {
            try {
                registration = people.register(referral.person().withPlaceId(intake.placeId()));
            } catch (InvalidInput e) {
                e.problems().forEach(p -> problems.add(new FieldProblem("person." + p.field(), p.message())));
            }
        }
        problems.addAll(referralProblems(referral, intake, this::knownNeed));
        if (!problems.isEmpty()) {
            // Thrown, so the person registered above is rolled back with everything else.
            throw new InvalidInput(problems);
        }
        people.recordConsent(registration.personId(), Consent.Scope.REFERRAL, Optional.empty(), true,
                intake.consentNote());
        Made made = made(ReferralId.random(), referral, intake, registration.personId());
        records.insert(made.row());
        records.event(made.row().id(), made.event().kind(), made.event().detail(), made.event().actor());
        audit.record(made.audit().action(), made.audit().subjectType(), made.audit().subjectId(), made.audit().reason());
        events.publishEvent(made.announcement());
        return made.receipt();
    }

    /**
     * Receives referrals of the signed-in caller together, in this one transaction: keys claimed in one
     * statement, people registered with {@link People#registerAll}, and consent, referrals, history and
     * audit each written with one multi-row statement. A referral that cannot be received this way (a
     * problem with what was sent, an Idempotency-Key used before or twice in the batch, a caller who may
     * not refer) is left out, with nothing kept for it, and gives an empty result: its caller receives it
     * on its own with {@link #receive}, which answers as it always does.
     *
     * @return one result for each arrival, in the same order
     */
    List<Optional<Receipt>> receiveAll(List<Arrival> arrivals) {
        List<Optional<Receipt>> results = new ArrayList<>(Collections.nCopies(arrivals.size(), Optional.empty()));
        Intake intake;
        try {
            if (arrivals.stream().anyMatch(a -> a.referral().door() != NewReferral.Door.API)) {
                return results;
            }
            intake = intake(arrivals.getFirst().referral());
        } catch (AccessDeniedException | IllegalStateException e) {
            return results;
        }
        Optional<String> caller = access.current().map(CurrentUser::username);
        // The directory's cached list: a code it does not know (yet) only sends that referral the single
        // way, where it is looked up afresh.
        Set<String> needs = directory.taxonomyTerms(LinkworkTaxonomies.NEEDS).stream().map(TaxonomyTerm::code)
                .collect(java.util.stream.Collectors.toSet());
        Predicate<String> knownNeed = needs::contains;
        Set<String> keysSeen = new HashSet<>();
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival arrival = arrivals.get(i);
            boolean keyUsable = arrival.key().map(k -> caller.isPresent() && keysSeen.add(k.key())).orElse(true);
            if (keyUsable && arrival.referral().person() != null
                    && referralProblems(arrival.referral(), intake, knownNeed).isEmpty()) {
                accepted.add(i);
            }
        }

        // Each referral's id is chosen now, so that its key is claimed for it in one statement.
        Map<Integer, ReferralId> ids = new HashMap<>();
        accepted.forEach(i -> ids.put(i, ReferralId.random()));
        Map<IdempotencyKey, ReferralId> wanted = new HashMap<>();
        accepted.forEach(i -> arrivals.get(i).key().ifPresent(k -> wanted.put(k, ids.get(i))));
        Set<String> claimed = caller.map(c -> keys.claimAll(c, wanted)).orElse(Set.of());
        accepted.removeIf(i -> arrivals.get(i).key().filter(k -> !claimed.contains(k.key())).isPresent());

        List<Optional<Registration>> registrations = people.registerAll(accepted.stream()
                .map(i -> arrivals.get(i).referral().person().withPlaceId(intake.placeId())).toList());
        Map<Integer, PersonId> registered = new LinkedHashMap<>();
        List<String> released = new ArrayList<>();
        for (int n = 0; n < accepted.size(); n++) {
            int i = accepted.get(n);
            Optional<Registration> registration = registrations.get(n);
            if (registration.isPresent()) {
                registered.put(i, registration.get().personId());
            } else {
                arrivals.get(i).key().ifPresent(k -> released.add(k.key()));
            }
        }
        caller.ifPresent(c -> keys.releaseAll(c, released));

        people.recordConsents(registered.values().stream().map(personId -> new ConsentDecision(personId,
                Consent.Scope.REFERRAL, Optional.empty(), true, intake.consentNote())).toList());
        List<Made> made = new ArrayList<>();
        registered.forEach((i, personId) -> {
            Made one = made(ids.get(i), arrivals.get(i).referral(), intake, personId);
            made.add(one);
            results.set(i, Optional.of(one.receipt()));
        });
        records.insertAll(made.stream().map(Made::row).toList(), made.stream().map(Made::event).toList());
        audit.record(made.stream().map(Made::audit).toList());
        made.forEach(m -> events.publishEvent(m.announcement()));
        return results;
    }

    /** Who is referring through which door, and so to which place, from which source, in whose name. */
    private record Intake(NewReferral.Door door, String placeId, Source source, String actor, String referredBy) {

        String consentNote() {
            return door == NewReferral.Door.SELF_REFERRAL ? "Given on the self-referral form" : "Confirmed by the referrer";
        }
    }

    /** @throws AccessDeniedException when the signed-in user may not make referrals through this door */
    private Intake intake(NewReferral referral) {
        NewReferral.Door door = referral.door() == null ? NewReferral.Door.REFERRAL_FORM : referral.door();
        Optional<CurrentUser> user = access.current();
        if (door != NewReferral.Door.SELF_REFERRAL && user.map(u -> switch (u.role()) {
            case REFERRER, LINK_WORKER, ADMIN -> false;
            default -> true;
        }).orElse(true)) {
            throw new AccessDeniedException("Only referrers, link workers and administrators make referrals");
        }
        String placeId = user.map(CurrentUser::placeId).orElseGet(this::selfReferralPlace);
        Source source = door == NewReferral.Door.SELF_REFERRAL ? Source.SELF : referral.source();
        String actor = access.actor();
        String referredBy = switch (door) {
            case SELF_REFERRAL -> ReferralAccess.PUBLIC;
            case API -> API_PREFIX + actor;
            case REFERRAL_FORM -> actor;
        };
        return new Intake(door, placeId, source, actor, referredBy);
    }

    /** The place a member of the public refers themself to: the one place served, or the first. */
    private String selfReferralPlace() {
        return places.places().stream().map(Place::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No place is served, so nobody can refer themself"));
    }

    /** The problems with the referral's own fields (the person's are {@link People}'s to find), in form order. */
    private static List<FieldProblem> referralProblems(NewReferral referral, Intake intake, Predicate<String> knownNeed) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean self = intake.door() == NewReferral.Door.SELF_REFERRAL;
        if (intake.source() == null) {
            problems.add(new FieldProblem("source", "Choose who the referral is from: gp, physio, self, social-care, vcs or other"));
        }
        String reason = text(referral.reason());
        if (reason == null) {
            problems.add(new FieldProblem("reason", self ? "Tell us what you would like help with"
                    : "Enter the reason for the referral"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(new FieldProblem("reason", "Reason must be " + MAX_TEXT + " characters or fewer"));
        }
        String whatMatters = text(referral.whatMatters());
        if (whatMatters != null && whatMatters.length() > MAX_TEXT) {
            problems.add(new FieldProblem("whatMatters", "What matters must be " + MAX_TEXT + " characters or fewer"));
        }
        List<String> unknownNeeds = referral.needs().stream().filter(knownNeed.negate()).toList();
        if (!unknownNeeds.isEmpty()) {
            problems.add(new FieldProblem("needs", "Needs must be codes of the needs taxonomy; not known: "
                    + String.join(", ", unknownNeeds)));
        }
        if (referral.urgency() == null) {
            problems.add(new FieldProblem("urgency", "Choose how soon: routine or soon"));
        }
        if (!Boolean.TRUE.equals(referral.consent())) {
            problems.add(new FieldProblem("consent", self
                    ? "Tick the box to say you agree to be referred: we need your agreement"
                    : "A referral needs the person's agreement: confirm they agreed to be referred"));
        }
        return problems;
    }

    private boolean knownNeed(String code) {
        return directory.termByCode(LinkworkTaxonomies.NEEDS, code).isPresent();
    }

    /** What receiving a checked referral writes and announces. */
    private record Made(ReferralRecords.NewRow row, ReferralRecords.NewEvent event, AuditLog.Entry audit,
            ReferralReceived announcement, Receipt receipt) {
    }

    private Made made(ReferralId id, NewReferral referral, Intake intake, PersonId personId) {
        ReferralRecords.NewRow row = new ReferralRecords.NewRow(id, intake.placeId(), personId, intake.source(),
                text(referral.reason()), text(referral.whatMatters()), referral.needs(), referral.urgency(),
                intake.referredBy());
        ReferralRecords.NewEvent event = new ReferralRecords.NewEvent(id, "received", "Referral received from "
                + intake.source().label() + " (" + referral.urgency().label().toLowerCase(Locale.ROOT) + ")",
                intake.actor());
        AuditLog.Entry entry = new AuditLog.Entry("referral.receive", SUBJECT, id.toString(),
                "referral received: " + intake.door().name().toLowerCase(Locale.ROOT));
        ReferralReceived announcement = new ReferralReceived(id, intake.placeId(), intake.source(), referral.urgency(),
                referral.needs(), clock.instant());
        return new Made(row, event, entry, announcement, new Receipt(id, personId, ReferralStatus.RECEIVED, false));
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
