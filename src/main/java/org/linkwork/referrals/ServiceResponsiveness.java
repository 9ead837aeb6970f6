package org.linkwork.referrals;

/**
 * How a service answers referrals, over the last twelve months, for link workers choosing where to
 * refer: the median time from request to the first answer (accepted or rejected), in working days, and
 * the share of answers that were acceptances. Figures from fewer than {@link #MINIMUM_ANSWERED}
 * answered referrals are withheld, as too few to go by (and too near to single people).
 */
public interface ServiceResponsiveness {

    int MINIMUM_ANSWERED = 5;

    Responsiveness of(String serviceId);
}
