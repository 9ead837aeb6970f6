package org.linkwork.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.DataSubject;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalDataSource;
import org.linkwork.people.PersonalDataSource.ClosedRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rules: records closed longer ago than {@link RetentionSettings#closedReferrals()} have
 * their free text anonymised by their module, and people with no open work and nothing happening to
 * their records for {@link RetentionSettings#inactivePeople()} are erased across every module. Restricted
 * records are held as they are until the restriction is lifted. Each run is audited with its counts; a
 * dry run finds the same and changes nothing. Audit events are never deleted: they hold ids only.
 */
@Component
@EnableConfigurationProperties(RetentionSettings.class)
public class Retention {

    /** What a run let go of, or a dry run would. */
    public record Report(boolean dryRun, Instant ranAt, Instant closedBefore, Instant inactiveBefore,
            List<ClosedRecord> closedRecords, List<PersonDue> people) {
    }

    /** A person whose record is due to be erased, with the latest thing that happened to them. */
    public record PersonDue(PersonId id, Optional<Instant> lastActivity) {
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ObjectProvider<PersonalDataSource> sources;
    private final DataProtectionRecords records;
    private final PersonErasure erasure;
    private final RetentionSettings settings;
    private final Access access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Retention(ObjectProvider<PersonalDataSource> sources, DataProtectionRecords records, PersonErasure erasure,
            RetentionSettings settings, Access access, AuditLog audit, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.sources = sources;
        this.records = records;
        this.erasure = erasure;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Scheduled(cron = "${linkwork.retention.cron:0 45 2 * * *}", zone = "Europe/London")
    void runOnSchedule() {
        run();
    }

    /** Applies the rules; one node at a time. */
    @Transactional
    public Report run() {
        access.requireAdmin("apply the retention rules");
        jdbc.sql("select pg_advisory_xact_lock(hashtext('linkwork.retention'))").query((rs, row) -> 1).list();
        records.allowErasureInThisTransaction();
        Report report = find(false);
        for (ClosedRecord record : report.closedRecords()) {
            sources.orderedStream().filter(s -> s.name().equals(record.source())).findFirst()
                    .orElseThrow().anonymiseClosed(record);
        }
        for (PersonDue person : report.people()) {
            erasure.erase(records.subject(person.id()), "retention");
        }
        audit.record("retention.run", "retention", null, describe(report));
        return report;
    }

    /** What {@link #run()} would let go of now, changing nothing but the audit log. Administrators only. */
    @Transactional
    public Report dryRun() {
        access.requireAdmin("see what the retention rules would let go");
        Report report = find(true);
        audit.record("retention.dry-run", "retention", null, describe(report));
        return report;
    }

    private Report find(boolean dryRun) {
        Instant now = clock.instant();
        Instant closedBefore = now.atZone(UK).minus(settings.closedReferrals()).toInstant();
        Instant inactiveBefore = now.atZone(UK).minus(settings.inactivePeople()).toInstant();
        List<ClosedRecord> closed = new ArrayList<>();
        sources.orderedStream().forEach(source -> closed.addAll(
                source.closedRecordsDue(closedBefore, settings.batch() - Math.min(closed.size(), settings.batch()))));
        List<PersonDue> due = new ArrayList<>();
        // Records untouched on the person's own rows come first; other modules may still have news of them.
        for (DataProtectionRecords.RetentionCandidate candidate
                : records.untouchedSince(inactiveBefore, settings.batch() * 10)) {
            if (due.size() >= settings.batch()) {
                break;
            }
            DataSubject subject = records.subject(candidate.id());
            boolean open = false;
            Optional<Instant> last = Optional.empty();
            for (PersonalDataSource source : sources.orderedStream().toList()) {
                PersonalDataSource.Activity activity = source.activity(subject);
                open |= activity.open();
                last = later(last, activity.lastActivity());
            }
            if (!open && last.filter(at -> !at.isBefore(inactiveBefore)).isEmpty()) {
                due.add(new PersonDue(candidate.id(), last));
            }
        }
        return new Report(dryRun, now, closedBefore, inactiveBefore, List.copyOf(closed), List.copyOf(due));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static String describe(Report report) {
        return (report.dryRun() ? "would anonymise " : "anonymised ") + report.closedRecords().size()
                + " closed records (closed before " + report.closedBefore() + ") and erase "
                + report.people().size() + " people (inactive since before " + report.inactiveBefore() + ")";
    }
}
