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

    /** The median reply time in words: "on the same day", "in 1 working day", "in 2.5 working days"; empty when withheld. */
    public Optional<String> replyTimeInWords() {
        return medianReplyWorkingDays.map(days -> {
            if (days == 0) {
                return "on the same day";
            }
            String number = days == Math.rint(days) ? String.valueOf(days.longValue()) : String.valueOf(days);
            return "in " + number + (days == 1 ? " working day" : " working days");
        });
    }
}
