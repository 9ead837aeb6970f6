package org.linkwork.careplans.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of module careplans ({@code linkwork.careplans.*}).
 *
 * @param shareLinkValidFor         how long a share link opens the plan after it is made
 * @param shareLinkFailuresPerHour  links that do not open a plan one network address may try in an hour, before
 *                                  every link is refused to it for the rest of the hour (against guessing)
 * @param reviewReminderDaysBefore  how many days before a review its link worker is reminded
 */
@ConfigurationProperties("linkwork.careplans")
record CarePlanSettings(@DefaultValue("30d") Duration shareLinkValidFor,
        @DefaultValue("10") int shareLinkFailuresPerHour, @DefaultValue("7") int reviewReminderDaysBefore) {

    CarePlanSettings {
        if (shareLinkValidFor.isNegative() || shareLinkValidFor.isZero()) {
            throw new IllegalArgumentException("linkwork.careplans.share-link-valid-for must be longer than nothing");
        }
        if (shareLinkFailuresPerHour < 1) {
            throw new IllegalArgumentException("linkwork.careplans.share-link-failures-per-hour must be 1 or more");
        }
        if (reviewReminderDaysBefore < 0) {
            throw new IllegalArgumentException("linkwork.careplans.review-reminder-days-before must be 0 or more");
        }
    }
}
