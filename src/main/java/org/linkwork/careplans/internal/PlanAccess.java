package org.linkwork.careplans.internal;

import org.linkwork.careplans.CarePlanId;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.linkwork.identity.Users;
import org.linkwork.platform.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a plan: the link workers of the person's place, among them the one the referral is
 * allocated to, and administrators. A plan is a person's record as much as their referral, so a link worker
 * of another place is told it does not exist; other roles (referrers, providers, commissioners, the public)
 * never see plans at all, so they are refused outright.
 */
@Component
class PlanAccess {

    private final Users users;

    PlanAccess(Users users) {
        this.users = users;
    }

    /** Link workers and administrators, before any plan is looked at. */
    CurrentUser requireStaff() {
        CurrentUser user = users.current()
                .orElseThrow(() -> new AccessDeniedException("Sign in to work with care plans"));
        if (!user.is(Role.LINK_WORKER) && !user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only link workers and administrators work with care plans");
        }
        return user;
    }

    /** The link-worker team of the plan's place, or an administrator. */
    CurrentUser requireTeam(CarePlanId id, String placeId) {
        CurrentUser user = requireStaff();
        if (user.is(Role.LINK_WORKER) && !user.placeId().equals(placeId)) {
            throw new NotFound("Care plan", id);
        }
        return user;
    }

    String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }
}
