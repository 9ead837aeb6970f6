package org.linkwork.careplans.web;

import java.time.Clock;
import java.time.Duration;
import org.linkwork.platform.AddressRateLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many share links that open no plan one network address has tried in the last hour, kept in memory on
 * each node (no address is stored in the database). Past the limit, the address is refused every link for
 * the rest of the hour: with 256-bit tokens guessing cannot succeed, and this keeps it from being tried.
 */
@Component
class ShareLinkRateLimit {

    private final AddressRateLimit limit;

    ShareLinkRateLimit(@Value("${linkwork.careplans.share-link-failures-per-hour:10}") int perHour,
            ObjectProvider<Clock> clock) {
        this.limit = new AddressRateLimit(perHour, Duration.ofHours(1), clock.getIfUnique(Clock::systemUTC));
    }

    boolean exhausted(String address) {
        return limit.exhausted(address);
    }

    void countFailure(String address) {
        limit.count(address);
    }
}
