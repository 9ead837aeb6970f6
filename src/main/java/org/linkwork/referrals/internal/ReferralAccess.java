package org.linkwork.referrals.internal;

import java.util.Optional;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.OnwardKind;
import org.linkwork.referrals.Referral;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which referral. A link worker's team is the link workers of their place, so
 * a link worker works on the referrals of their place; a referrer sees the referrals they made; a
 * provider answers the onward referrals sent to its organisation; a commissioner sees no referral. A
 * referral out of reach is "not found", so that its existence is not given away.
 */
@Component
class ReferralAccess {

    static final String PUBLIC = "public";

    private final Users users;

    ReferralAccess(Users users) {
        this.users = users;
    }

    Optional<CurrentUser> current() {
        return users.current();
    }

    CurrentUser signedIn() {
        return users.current().orElseThrow(() -> new AccessDeniedException("Sign in to work with referrals"));
    }

    /** Who did it, as written into the records: the username, or "public" on the self-referral form. */
    String actor() {
        return users.current().map(CurrentUser::username).orElse(PUBLIC);
    }

    boolean mayRead(Referral referral) {
        return current().map(user -> switch (user.role()) {
            case ADMIN -> true;
            case LINK_WORKER -> user.placeId().equals(referral.placeId());
            case REFERRER -> isReferrerOf(user, referral);
            default -> false;
        }).orElse(false);
    }

    static boolean isReferrerOf(CurrentUser user, Referral referral) {
        return referral.referredBy().equals(user.username())
                || referral.referredBy().equals(ReferralsService.API_PREFIX + user.username());
    }

    /** The signed-in user may see only what a referrer sees of this referral. */
    boolean seesAsReferrer(Referral referral) {
        return current().map(user -> user.is(Role.REFERRER)).orElse(true);
    }

    /** The link-worker team's work on a referral: link workers of its place and administrators. */
    void requireTeam(Referral referral) {
        CurrentUser user = signedIn();
        boolean team = user.is(Role.ADMIN) || (user.is(Role.LINK_WORKER) && user.placeId().equals(referral.placeId()));
        if (!team) {
            if (mayRead(referral)) {
                throw new AccessDeniedException("Only the link-worker team of the referral's place may do this");
            }
            throw new NotFound("Referral", referral.id());
        }
    }

    /** Changing an onward referral's status: the team, or a provider of the organisation it was sent to. */
    void requireAnswering(Referral referral, OnwardReferralRecords.Row onward) {
        CurrentUser user = signedIn();
        if (user.is(Role.PROVIDER)) {
            boolean ours = onward.kind() == OnwardKind.REFERRAL
                    && user.organisationId().filter(onward.organisationId()::equals).isPresent();
            if (!ours) {
                throw new NotFound("Onward referral", onward.id());
            }
            return;
        }
        if (!user.is(Role.ADMIN) && !(user.is(Role.LINK_WORKER) && user.placeId().equals(referral.placeId()))) {
            throw new NotFound("Onward referral", onward.id());
        }
    }
}
