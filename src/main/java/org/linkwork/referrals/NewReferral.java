package org.linkwork.referrals;

import java.util.List;
import org.linkwork.people.PersonDetails;

/**
 * A referral as a referrer, the person themself or another system sends it. Fields not given are
 * null; {@link Referrals#receive} checks them all at once, with the person's details named
 * {@code person.<field>} in problems.
 *
 * @param whatMatters what matters to the person, in their words, when known
 * @param needs       needs taxonomy codes ("walking", "money-debt")
 * @param consent     whether the referrer confirms the person agreed to the referral; a referral needs it
 * @param door        which of the three ways in it came through
 */
public record NewReferral(PersonDetails person, Source source, String reason, String whatMatters, List<String> needs,
        Urgency urgency, Boolean consent, Door door) {

    public NewReferral {
        needs = needs == null ? List.of() : needs.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /** The three ways into the link-worker service. */
    public enum Door {
        /** A signed-in referrer's (or link worker's) form. */
        REFERRAL_FORM,
        /** The public self-referral form: no account; the source is always {@link Source#SELF}. */
        SELF_REFERRAL,
        /** The JSON API, for other systems. */
        API
    }
}
