package org.linkwork.referrals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.ReferralStatus;
import org.springframework.stereotype.Component;

/**
 * Dates and statuses as the referral pages show them ({@code ${@referralViews.date(...)}}), in UK time.
 */
@Component("referralViews")
public class ReferralViews {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Optional<?> value) {
        return value.map(v -> v instanceof Instant i ? date(i) : date((LocalDate) v)).orElse("");
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK));
    }

    /** The NHS.UK tag colour of a referral's status. */
    public String tag(ReferralStatus status) {
        return switch (status) {
            case RECEIVED -> "nhsuk-tag--blue";
            case TRIAGED -> "nhsuk-tag--aqua-green";
            case ALLOCATED -> "nhsuk-tag--purple";
            case ACTIVE -> "nhsuk-tag--green";
            case DISCHARGED -> "nhsuk-tag--grey";
        };
    }

    /** The NHS.UK tag colour of an onward referral's task state. */
    public String tag(OnwardReferralStatus status) {
        return switch (status) {
            case REQUESTED -> "nhsuk-tag--blue";
            case ACCEPTED, IN_PROGRESS -> "nhsuk-tag--green";
            case COMPLETED -> "nhsuk-tag--aqua-green";
            case ON_HOLD -> "nhsuk-tag--yellow";
            case REJECTED, FAILED -> "nhsuk-tag--red";
            case CANCELLED, ENTERED_IN_ERROR -> "nhsuk-tag--grey";
        };
    }

    /** "in-progress" as "In progress". */
    public String label(OnwardReferralStatus status) {
        String words = status.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
