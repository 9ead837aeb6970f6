package org.linkwork.referrals.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an unanswered onward referral is escalated ({@code linkwork.referrals.*}).
 *
 * @param escalateAfterWorkingDays working days a referral may wait in status requested before it is escalated
 * @param bankHolidays             where the bank holidays are read from (a Spring resource location)
 */
@ConfigurationProperties("linkwork.referrals")
record EscalationSettings(@DefaultValue("5") int escalateAfterWorkingDays,
        @DefaultValue("classpath:referrals/bank-holidays-england-and-wales.txt") String bankHolidays) {

    EscalationSettings {
        if (escalateAfterWorkingDays < 1) {
            throw new IllegalArgumentException("linkwork.referrals.escalate-after-working-days must be 1 or more");
        }
    }
}
