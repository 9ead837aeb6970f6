package org.linkwork.referrals.web;

import java.time.Clock;
import java.time.Duration;
import org.linkwork.platform.AddressRateLimit;
import org.linkwork.referrals.internal.ReferralSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How many self-referrals one network address has sent in the last hour, kept in memory on each node
 * (so no address is stored in the database). Only referrals that were made count, so a person who
 * gets the form wrong a few times is not locked out.
 */
@Component
class SelfReferralRateLimit {

    private final AddressRateLimit limit;

    SelfReferralRateLimit(ReferralSettings settings, ObjectProvider<Clock> clock) {
        this.limit = new AddressRateLimit(settings.selfReferralsPerHour(), Duration.ofHours(1), clock.getIfUnique(Clock::systemUTC));
    }

    boolean exhausted(String address) {
        return limit.exhausted(address);
    }

    void count(String address) {
        limit.count(address);
    }
}
