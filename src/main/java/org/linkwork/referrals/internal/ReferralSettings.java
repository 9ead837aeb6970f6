package org.linkwork.referrals.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of module referrals ({@code linkwork.referrals.*}).
 *
 * @param safeCaseload           above these numbers a link worker's caseload page warns that it is not safe
 * @param reviewEvery            how long after allocation, and after each review, the next review falls due
 * @param selfReferralsPerHour   self-referrals one network address may send an hour
 * @param intake                 group commit of the JSON API's intake
 */
@ConfigurationProperties("linkwork.referrals")
public record ReferralSettings(@DefaultValue SafeCaseload safeCaseload, @DefaultValue("84d") Duration reviewEvery,
        @DefaultValue("5") int selfReferralsPerHour, @DefaultValue Intake intake) {

    /**
     * @param writers  threads writing batches of referrals, each batch in one transaction; 0 receives each
     *                 referral in a transaction of its own
     * @param maxBatch the most referrals one transaction receives
     */
    public record Intake(@DefaultValue("2") int writers, @DefaultValue("64") int maxBatch) {
    }

    /**
     * @param active open referrals on one caseload at once
     * @param yearly referrals allocated to one link worker in twelve months
     */
    public record SafeCaseload(@DefaultValue("40") int active, @DefaultValue("250") int yearly) {
    }
}
