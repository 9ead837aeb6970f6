package org.linkwork.careplans;

import java.util.List;
import java.util.UUID;
import org.linkwork.platform.InvalidInput;

/**
 * Links for the person to see their plan without an account: unguessable, time-limited and revocable,
 * made only with the person's recorded consent (people's {@code SHARE_CARE_PLAN}), and every view audited.
 * Making, listing and revoking links follow {@link CarePlans}' access rules.
 */
public interface PlanSharing {

    /**
     * @throws InvalidInput when the person has not agreed to see their plan through a link, or no version is agreed yet
     */
    ShareLink.Made share(CarePlanId id);

    /** Newest first. */
    List<ShareLink> links(CarePlanId id);

    void revoke(CarePlanId id, UUID linkId);

    /**
     * Opens the plan through a link, for anyone holding it; audited as the person via the link.
     *
     * @throws ShareLinkNotUsable when there is no such link, or it expired or was revoked, or the person withdrew consent
     */
    SharedPlan open(String token);
}
