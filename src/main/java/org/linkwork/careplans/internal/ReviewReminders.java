package org.linkwork.careplans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.linkwork.careplans.CarePlanId;
import org.linkwork.careplans.PlanReviewDue;
import org.linkwork.referrals.ReferralId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds link workers of their plans' reviews: once when a review is near (a set number of days before,
 * or on the day), and once when it is overdue. Each reminder is claimed in the database first, so a second
 * run, or another node's, finds it taken and tells no one again. A new review date is reminded afresh.
 * Who is told, and how, is for the listeners of {@link PlanReviewDue} (module notifications).
 */
@Component
class ReviewReminders {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CarePlanSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewReminders(JdbcClient jdbc, CarePlanSettings settings, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    private record Due(CarePlanId planId, ReferralId referralId, String linkWorker, LocalDate reviewDue) {
    }

    @Scheduled(cron = "${linkwork.careplans.review-reminder-cron:0 15 7 * * *}", zone = "Europe/London")
    void remindOnSchedule() {
        remindDue();
    }

    /** Sends the reminders due now that were not sent before; returns how many. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(UK).toLocalDate();
        List<Due> due = jdbc.sql("""
                select id, referral_id, link_worker, next_review_due from care_plan
                where closed_at is null and link_worker is not null and next_review_due <= :soon
                order by next_review_due
                """)
                .param("soon", today.plusDays(settings.reviewReminderDaysBefore()))
                .query((rs, row) -> new Due(new CarePlanId(rs.getObject("id", UUID.class)),
                        new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("link_worker"),
                        rs.getObject("next_review_due", LocalDate.class)))
                .list();
        int sent = 0;
        for (Due d : due) {
            boolean overdue = d.reviewDue().isBefore(today);
            boolean claimed = jdbc.sql("""
                    insert into care_plan_review_reminder (plan_id, review_due, kind, link_worker, sent_at)
                    values (:plan, :due, :kind, :linkWorker, :at) on conflict do nothing
                    """)
                    .param("plan", d.planId().value()).param("due", d.reviewDue())
                    .param("kind", overdue ? "overdue" : "due-soon").param("linkWorker", d.linkWorker())
                    .param("at", Timestamp.from(now))
                    .update() == 1;
            if (claimed) {
                events.publishEvent(new PlanReviewDue(d.planId(), d.referralId(), d.linkWorker(), d.reviewDue(),
                        overdue, now));
                sent++;
            }
        }
        return sent;
    }
}
