package org.linkwork.referrals.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.linkwork.referrals.OnwardReferralEscalated;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.ReferralId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates onward referrals left in status requested for too many working days, once each: the
 * escalation row is claimed first, so a second run, or another node's, finds it taken and tells no one.
 * Who is told is for the listeners of {@link OnwardReferralEscalated} (module notifications).
 */
@Component
class Escalations {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final EscalationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalations(JdbcClient jdbc, WorkingDays workingDays, EscalationSettings settings, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.settings = settings;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    private record Waiting(OnwardReferralId id, ReferralId referralId, String serviceId, String organisationId,
            Instant requestedAt) {
    }

    @Scheduled(cron = "${linkwork.referrals.escalation-cron:0 0 * * * *}", zone = "Europe/London")
    void escalateOnSchedule() {
        escalateOverdue();
    }

    /** Escalates every referral that has waited long enough and was not escalated before; returns how many. */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(UK).toLocalDate();
        // N working days take at least N calendar days, so older requests are all there is to look at.
        Instant before = today.minusDays(settings.escalateAfterWorkingDays() - 1).atStartOfDay(UK).toInstant();
        List<Waiting> waiting = jdbc.sql("""
                select o.id, o.referral_id, o.service_id, o.organisation_id, o.created_at from onward_referral o
                where o.kind = 'referral' and o.status = 'requested' and o.created_at < :before
                    and not exists (select 1 from onward_referral_escalation e where e.onward_referral_id = o.id)
                order by o.created_at
                """)
                .param("before", java.sql.Timestamp.from(before))
                .query((rs, row) -> new Waiting(new OnwardReferralId(rs.getObject("id", UUID.class)),
                        new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("service_id"),
                        rs.getString("organisation_id"), rs.getTimestamp("created_at").toInstant()))
                .list();
        int escalated = 0;
        for (Waiting w : waiting) {
            int waited = workingDays.between(w.requestedAt().atZone(UK).toLocalDate(), today);
            if (waited < settings.escalateAfterWorkingDays()) {
                continue;
            }
            boolean claimed = jdbc.sql("""
                    insert into onward_referral_escalation (onward_referral_id, working_days_waited, escalated_at)
                    values (:id, :waited, :at) on conflict (onward_referral_id) do nothing
                    """)
                    .param("id", w.id().value()).param("waited", waited).param("at", java.sql.Timestamp.from(now))
                    .update() == 1;
            if (claimed) {
                events.publishEvent(new OnwardReferralEscalated(w.id(), w.referralId(), w.serviceId(),
                        w.organisationId(), w.requestedAt(), waited, now));
                escalated++;
            }
        }
        return escalated;
    }
}
