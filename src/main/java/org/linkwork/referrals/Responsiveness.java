package org.linkwork.referrals;

import java.util.Optional;

/**
 * How a service answered its referrals of the last twelve months.
 *
 * @param answered                referrals accepted or rejected
 * @param medianReplyWorkingDays  from request to first answer, in working days (Monday to Friday, bank
 *                                holidays not counted); empty when too few were answered
 * @param acceptancePercent       accepted out of answered, rounded; empty when too few were answered
 */
public record Responsiveness(String serviceId, int answered, Optional<Double> medianReplyWorkingDays,
        Optional<Integer> acceptancePercent) {

    public boolean enoughToShow() {
        return medianReplyWorkingDays.isPresent();
    }
}
