package org.linkwork.referrals.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.linkwork.referrals.Responsiveness;
import org.linkwork.referrals.ServiceResponsiveness;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply time and acceptance of a service's referrals made in the last twelve months, from each one's
 * first answer. Reply times are counted in working days, as escalation counts them: an answer on the
 * day of the request took none.
 */
@Service
@Transactional(readOnly = true)
class ResponsivenessService implements ServiceResponsiveness {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    ResponsivenessService(JdbcClient jdbc, WorkingDays workingDays, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A referral's first answer. */
    record Answer(LocalDate requestedOn, LocalDate answeredOn, boolean accepted) {
    }

    @Override
    public Responsiveness of(String serviceId) {
        Instant since = clock.instant().atZone(UK).minusMonths(12).toInstant();
        List<Answer> answers = jdbc.sql("""
                select o.created_at, first.to_status, first.occurred_at
                from onward_referral o
                    join lateral (select h.to_status, h.occurred_at from onward_referral_history h
                                  where h.onward_referral_id = o.id and h.to_status in ('accepted', 'rejected')
                                  order by h.id limit 1) first on true
                where o.service_id = :service and o.kind = 'referral' and o.created_at >= :since
                """)
                .param("service", serviceId)
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, row) -> new Answer(rs.getTimestamp("created_at").toInstant().atZone(UK).toLocalDate(),
                        rs.getTimestamp("occurred_at").toInstant().atZone(UK).toLocalDate(),
                        "accepted".equals(rs.getString("to_status"))))
                .list();
        return summarise(serviceId, answers, workingDays);
    }

    static Responsiveness summarise(String serviceId, List<Answer> answers, WorkingDays workingDays) {
        if (answers.size() < MINIMUM_ANSWERED) {
            return new Responsiveness(serviceId, answers.size(), Optional.empty(), Optional.empty());
        }
        int[] days = answers.stream().mapToInt(a -> workingDays.between(a.requestedOn(), a.answeredOn())).sorted()
                .toArray();
        int middle = days.length / 2;
        double median = days.length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
        long accepted = answers.stream().filter(Answer::accepted).count();
        int percent = (int) Math.round(100.0 * accepted / answers.size());
        return new Responsiveness(serviceId, answers.size(), Optional.of(median), Optional.of(percent));
    }
}
