package org.linkwork.careplans.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.linkwork.careplans.CarePlan;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.PlanSharing;
import org.linkwork.careplans.PlanVersion;
import org.linkwork.careplans.ShareLink;
import org.linkwork.careplans.ShareLinkNotUsable;
import org.linkwork.careplans.SharedPlan;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.people.PersonSummary;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links. A token is 256 random bits, written in the link as 43 URL-safe characters; only its
 * SHA-256 is stored, so the database alone opens no plan. A link opens only the latest agreed version, only
 * until it expires or is revoked, and only while the person's consent to share their plan stands.
 */
@Service
@Transactional
class PlanSharingService implements PlanSharing {

    static final String VIA_LINK = "person via share link";
    private static final int TOKEN_BYTES = 32;
    private static final String TOKEN_SHAPE = "[A-Za-z0-9_-]{43}";

    private final PlanRecords plans;
    private final ShareLinks links;
    private final PlanAccess access;
    private final People people;
    private final AuditLog audit;
    private final CarePlanSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PlanSharingService(PlanRecords plans, ShareLinks links, PlanAccess access, People people, AuditLog audit,
            CarePlanSettings settings, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.links = links;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public ShareLink.Made share(CarePlanId id) {
        PlanRecords.Row row = teamRow(id);
        if (row.closed()) {
            throw new InvalidInput("share", "The person was discharged: their plan is no longer shared");
        }
        if (!people.hasConsent(row.personId(), Consent.Scope.SHARE_CARE_PLAN, Optional.empty())) {
            throw new InvalidInput("consent",
                    "Record the person's agreement to see their plan through a link before making one");
        }
        CarePlan plan = plans.plan(row);
        if (plan.agreed().isEmpty()) {
            throw new InvalidInput("share", "Agree the plan with the person before sharing it");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ShareLink link = links.insert(id, hash(token), access.actor(), clock.instant().plus(settings.shareLinkValidFor()));
        audit.record("careplan.share-link.create", CarePlanService.SUBJECT, row.personId().toString(),
                "care plan " + id + ": share link " + link.id());
        return new ShareLink.Made(link, token);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ShareLink> links(CarePlanId id) {
        teamRow(id);
        return links.ofPlan(id);
    }

    @Override
    public void revoke(CarePlanId id, UUID linkId) {
        PlanRecords.Row row = teamRow(id);
        if (!links.revoke(id, linkId, access.actor())) {
            throw new NotFound("Open share link", linkId);
        }
        audit.record("careplan.share-link.revoke", CarePlanService.SUBJECT, row.personId().toString(),
                "care plan " + id + ": share link " + linkId + " revoked");
    }

    @Override
    public SharedPlan open(String token) {
        if (token == null || !token.matches(TOKEN_SHAPE)) {
            throw new ShareLinkNotUsable(ShareLinkNotUsable.Why.UNKNOWN);
        }
        ShareLinks.Found found = links.byHash(hash(token))
                .orElseThrow(() -> new ShareLinkNotUsable(ShareLinkNotUsable.Why.UNKNOWN));
        Instant now = clock.instant();
        if (found.link().revokedAt().isPresent()) {
            throw new ShareLinkNotUsable(ShareLinkNotUsable.Why.REVOKED);
        }
        if (!now.isBefore(found.link().expiresAt())) {
            throw new ShareLinkNotUsable(ShareLinkNotUsable.Why.EXPIRED);
        }
        PlanRecords.Row row = plans.find(found.planId()).orElseThrow();
        // The holder of the link is not signed in: what people lets system work do is done for them, and no more.
        boolean consents = asSystem(() -> people.hasConsent(row.personId(), Consent.Scope.SHARE_CARE_PLAN, Optional.empty()));
        if (!consents || row.closed()) {
            throw new ShareLinkNotUsable(ShareLinkNotUsable.Why.REVOKED);
        }
        CarePlan plan = plans.plan(row);
        PlanVersion agreed = plan.agreed().orElseThrow(() -> new ShareLinkNotUsable(ShareLinkNotUsable.Why.UNKNOWN));
        PersonSummary person = asSystem(() -> people.summary(row.personId(), "care plan opened through a share link"));
        links.viewed(found.link().id(), now);
        audit.recordBy(VIA_LINK, "careplan.read", CarePlanService.SUBJECT, row.personId().toString(),
                "care plan " + plan.id() + " version " + agreed.number() + " opened through share link " + found.link().id());
        String name = person.name().preferred() != null && !person.name().preferred().isBlank()
                ? person.name().preferred() + " " + person.name().family() : person.name().full();
        return new SharedPlan(plan, agreed, name, person.birthDate());
    }

    private PlanRecords.Row teamRow(CarePlanId id) {
        access.requireStaff();
        PlanRecords.Row row = plans.find(id).orElseThrow(() -> new NotFound("Care plan", id));
        access.requireTeam(id, row.placeId());
        return row;
    }

    private static <T> T asSystem(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
