package org.linkwork.people.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records are kept ({@code linkwork.retention.*}).
 *
 * @param closedReferrals how long after a referral (or another record a module closes) is closed its free
 *                        text is anonymised
 * @param inactivePeople  how long a person's record is kept with no open work and nothing happening to it,
 *                        before what identifies them is erased
 * @param batch           the most records one run lets go of, so that a run stays short; the next run goes on
 */
@ConfigurationProperties("linkwork.retention")
record RetentionSettings(@DefaultValue("8y") Period closedReferrals, @DefaultValue("8y") Period inactivePeople,
        @DefaultValue("500") int batch) {

    RetentionSettings {
        if (closedReferrals.isNegative() || closedReferrals.isZero() || inactivePeople.isNegative()
                || inactivePeople.isZero()) {
            throw new IllegalArgumentException("linkwork.retention periods must be longer than nothing");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("linkwork.retention.batch must be 1 or more");
        }
    }
}
