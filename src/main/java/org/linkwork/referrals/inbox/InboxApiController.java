package org.linkwork.referrals.inbox;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.people.Person;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.web.JsonApi;
import org.linkwork.referrals.Attendance;
import org.linkwork.referrals.InboxReferral;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.ProviderInbox;
import org.linkwork.referrals.ServiceCapacities;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider inbox over the JSON API, for an organisation's own systems. Status changes use
 * {@code POST /api/v1/onward-referrals/{id}/status}, as every other caller does.
 */
@JsonApi("/api/v1/provider")
class InboxApiController {

    private final ProviderInbox inbox;
    private final ServiceCapacities capacities;
    private final InboxAccess access;

    InboxApiController(ProviderInbox inbox, ServiceCapacities capacities, InboxAccess access) {
        this.inbox = inbox;
        this.capacities = capacities;
        this.access = access;
    }

    /** The person as shared: name and contact details only with their agreement. */
    record PersonView(boolean shared, String name, String phone, String mobile, String email) {

        static PersonView of(org.linkwork.referrals.SharedPerson person) {
            Person.Contact contact = person.howToReach().map(h -> h.contact()).orElse(Person.Contact.NONE);
            return new PersonView(person.isShared(), person.name().orElse(null), contact.phone(), contact.mobile(),
                    contact.email());
        }
    }

    record SessionView(LocalDate date, String note, String recordedBy) {

        static SessionView of(Attendance a) {
            return new SessionView(a.attendedOn(), a.note(), a.recordedBy());
        }
    }

    record ReferralView(String id, String serviceId, String serviceName, String organisationId, String status,
            Instant requestedAt, String note, String referredBy, PersonView person, int sessionsAttended,
            List<SessionView> sessions, Instant escalatedAt, int version) {

        static ReferralView of(InboxReferral r) {
            return new ReferralView(r.id().toString(), r.serviceId(), r.serviceName(), r.organisationId(),
                    r.status().code(), r.requestedAt(), r.note(), r.referredBy(), PersonView.of(r.person()),
                    r.sessionsAttended(), r.sessions().stream().map(SessionView::of).toList(),
                    r.escalatedAt().orElse(null), r.version());
        }
    }

    record SessionRequest(LocalDate date, String note) {
    }

    record CapacityRequest(String kind, Integer places) {
    }

    record CapacityView(String serviceId, String kind, Integer placesLeft, String words) {
    }

    @GetMapping("/referrals")
    List<ReferralView> listReferrals(@RequestParam(name = "organisation", required = false) String organisationId) {
        CurrentUser user = access.signedIn();
        String org = Optional.ofNullable(organisationId).filter(o -> !o.isBlank())
                .or(() -> user.is(Role.ADMIN) ? Optional.empty() : user.organisationId())
                .orElseThrow(() -> new InvalidInput("organisation", "Give the id of the organisation whose referrals to list"));
        return inbox.inbox(org).stream().map(ReferralView::of).toList();
    }

    @GetMapping("/referrals/{id}")
    ReferralView showReferral(@PathVariable UUID id) {
        return ReferralView.of(inbox.referral(new OnwardReferralId(id)));
    }

    @PostMapping("/referrals/{id}/sessions")
    ResponseEntity<SessionView> recordSession(@PathVariable UUID id, @RequestBody SessionRequest request) {
        Attendance attendance = inbox.recordAttendance(new OnwardReferralId(id), request.date(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/provider/referrals/" + id)).body(SessionView.of(attendance));
    }

    @PutMapping("/services/{serviceId}/capacity")
    CapacityView changeCapacity(@PathVariable String serviceId, @RequestBody CapacityRequest request) {
        capacities.set(serviceId, InboxPagesController.capacity(request.kind(),
                request.places() == null ? null : request.places().toString()));
        var now = capacities.of(serviceId);
        return new CapacityView(serviceId, InboxPagesController.code(now.kind()),
                now.kind() == org.linkwork.directory.Capacity.Kind.PLACES ? now.placesLeft() : null,
                now.words().orElse(null));
    }
}
