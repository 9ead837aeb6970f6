package org.linkwork.referrals.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.web.JsonApi;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralChange;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralDetail;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.Referrals;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referrals JSON API. Its contract is kept stable: fields may be added, none removed.
 *
 * <pre>
 * POST /api/v1/referrals                       (Idempotency-Key honoured) -> 201 {"id", "status", "person": {"id"}}
 * GET  /api/v1/referrals/{id}                  the referral with its onward referrals and history
 * POST /api/v1/referrals/{id}/onward           {"serviceId", "note", "kind": "referral|signpost", "shareWithOrganisation"}
 * GET  /api/v1/onward-referrals/{id}
 * POST /api/v1/onward-referrals/{id}/status    {"status", "reason"}; If-Match: the version, optionally
 * </pre>
 */
@JsonApi("/api/v1")
class ReferralApiController {

    private final Referrals referrals;
    private final JsonMapper json;

    ReferralApiController(Referrals referrals, JsonMapper json) {
        this.referrals = referrals;
        this.json = json;
    }

    record PersonRef(String id) {
    }

    record Received(String id, String status, PersonRef person) {
    }

    @PostMapping("/referrals")
    ResponseEntity<Received> receiveReferral(@RequestBody ReferralRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        NewReferral referral = request.toNewReferral(problems);
        Receipt receipt;
        try {
            receipt = idempotencyKey == null ? referrals.receive(referral)
                    : referrals.receive(referral, new IdempotencyKey(idempotencyKey, digest(request)));
        } catch (InvalidInput e) {
            throw Problems.merge(problems, e);
        }
        if (!problems.isEmpty()) {
            // Cannot happen: what could not be read is missing, and the module refuses what is missing.
            throw new InvalidInput(problems);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/v1/referrals/" + receipt.id()));
        if (receipt.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(new Received(receipt.id().toString(), receipt.status().code(),
                new PersonRef(receipt.personId().toString())));
    }

    record ReasonBody(String code, String text) {
        static ReasonBody of(Reason reason) {
            return reason.isGiven() || reason.text() != null
                    ? new ReasonBody(reason.code().map(ReasonCode::code).orElse(null), reason.text()) : null;
        }
    }

    record ChangeBody(String from, String to, ReasonBody reason, String actor, Instant at) {
        static ChangeBody of(OnwardReferralChange change) {
            return new ChangeBody(change.from().map(OnwardReferralStatus::code).orElse(null), change.to().code(),
                    ReasonBody.of(change.reason()), change.actor(), change.occurredAt());
        }
    }

    record OnwardBody(String id, String referralId, String kind, String status, String serviceId, String serviceName,
            String organisationId, String organisationName, String note, String referredBy, Instant createdAt,
            Instant updatedAt, int version, List<ChangeBody> history) {
        static OnwardBody of(OnwardReferral o) {
            return new OnwardBody(o.id().toString(), o.referralId().toString(), o.kind().code(),
                    o.status().map(OnwardReferralStatus::code).orElse(null), o.serviceId(), o.serviceName(),
                    o.organisationId(), o.organisationName(), o.note(), o.referredBy(), o.createdAt(), o.updatedAt(),
                    o.version(), o.history().stream().map(ChangeBody::of).toList());
        }
    }

    record EventBody(String kind, String detail, String actor, Instant at) {
    }

    record ReferralBody(String id, String status, PersonRef person, String source, String reason, String whatMatters,
            List<String> needs, String urgency, boolean consent, String referredBy, String allocatedTo,
            Instant createdAt, Instant updatedAt, int version, List<OnwardBody> onwardReferrals,
            List<EventBody> history) {
    }

    @GetMapping("/referrals/{id}")
    ResponseEntity<ReferralBody> showReferral(@PathVariable UUID id) {
        ReferralDetail detail = referrals.referral(new ReferralId(id), "JSON API read");
        Referral r = detail.referral();
        ReferralBody body = new ReferralBody(r.id().toString(), r.status().code(), new PersonRef(r.personId().toString()),
                r.source().code(), r.reason(), r.whatMatters(), r.needs(), r.urgency().code(), r.consentConfirmed(),
                r.referredBy(), r.allocatedTo().orElse(null), r.createdAt(), r.updatedAt(), r.version(),
                detail.onwardReferrals().stream().map(OnwardBody::of).toList(),
                detail.history().stream().map(e -> new EventBody(e.kind(), e.detail(), e.actor(), e.occurredAt())).toList());
        return ResponseEntity.ok().eTag(String.valueOf(r.version())).body(body);
    }

    record OnwardRequest(String serviceId, String note, String kind, Boolean shareWithOrganisation) {
    }

    @PostMapping("/referrals/{id}/onward")
    ResponseEntity<OnwardBody> referOn(@PathVariable UUID id, @RequestBody OnwardRequest request) {
        ReferralId referralId = new ReferralId(id);
        OnwardReferral made;
        if (request.kind() == null || request.kind().equals("referral")) {
            made = referrals.referOn(referralId, request.serviceId(), request.note(),
                    Boolean.TRUE.equals(request.shareWithOrganisation()));
        } else if (request.kind().equals("signpost")) {
            made = referrals.signpost(referralId, request.serviceId(), request.note());
        } else {
            throw new InvalidInput("kind", "Kind must be referral or signpost");
        }
        return ResponseEntity.created(URI.create("/api/v1/onward-referrals/" + made.id()))
                .eTag(String.valueOf(made.version())).body(OnwardBody.of(made));
    }

    @GetMapping("/onward-referrals/{id}")
    ResponseEntity<OnwardBody> showOnwardReferral(@PathVariable UUID id) {
        OnwardReferral onward = referrals.onwardReferral(new OnwardReferralId(id));
        return ResponseEntity.ok().eTag(String.valueOf(onward.version())).body(OnwardBody.of(onward));
    }

    /**
     * @param reason one of the reason codes (no-capacity, not-eligible, could-not-contact, person-declined, other),
     *               or words, which count as "other"
     * @param reasonText more words, with a code
     */
    record StatusRequest(String status, String reason, String reasonText) {
    }

    @PostMapping("/onward-referrals/{id}/status")
    ResponseEntity<OnwardBody> changeOnwardStatus(@PathVariable UUID id, @RequestBody StatusRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OnwardReferralStatus target;
        try {
            target = request.status() == null ? null : OnwardReferralStatus.fromCode(request.status().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "Status must be one of requested, accepted, rejected, cancelled, "
                    + "in-progress, on-hold, completed, failed or entered-in-error");
        }
        Reason reason = reason(request);
        OnwardReferralId onwardId = new OnwardReferralId(id);
        OnwardReferral changed = ifMatch == null ? referrals.changeStatus(onwardId, target, reason)
                : referrals.changeStatus(onwardId, version(ifMatch), target, reason);
        return ResponseEntity.status(HttpStatus.OK).eTag(String.valueOf(changed.version())).body(OnwardBody.of(changed));
    }

    private static Reason reason(StatusRequest request) {
        String words = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (words == null) {
            return new Reason(Optional.empty(), request.reasonText());
        }
        Optional<ReasonCode> code = ReasonCode.fromCode(words);
        if (code.isPresent()) {
            return new Reason(code, request.reasonText());
        }
        String text = request.reasonText() == null || request.reasonText().isBlank() ? words : words + ". " + request.reasonText();
        return Reason.of(ReasonCode.OTHER, text);
    }

    private static int version(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "Send the version you read, from the ETag");
        }
    }

    /** A digest of the request as read; the request itself, which names a person, is never kept. */
    private String digest(ReferralRequest request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
