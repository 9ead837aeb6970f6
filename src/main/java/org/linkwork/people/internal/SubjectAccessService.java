package org.linkwork.people.internal;

import java.time.Clock;
import java.util.List;
import org.linkwork.identity.AuditLog;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalData;
import org.linkwork.people.PersonalDataSource;
import org.linkwork.people.SubjectAccess;
import org.linkwork.people.SubjectAccessExport;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects what every {@link PersonalDataSource} holds about a person, in one repeatable-read
 * transaction so that the parts agree with each other. Administrators only; audited with the reason.
 */
@Service
class SubjectAccessService implements SubjectAccess {

    private final ObjectProvider<PersonalDataSource> sources;
    private final PersonRecords records;
    private final DataProtectionRecords dataProtection;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    SubjectAccessService(ObjectProvider<PersonalDataSource> sources, PersonRecords records,
            DataProtectionRecords dataProtection, Access access, AuditLog audit, ObjectProvider<Clock> clock) {
        this.sources = sources;
        this.records = records;
        this.dataProtection = dataProtection;
        this.access = access;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public SubjectAccessExport export(PersonId id, String reason) {
        access.requireAdmin("export everything held about a person");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why you export this record, such as the request's reference: "
                    + "the reason is kept in the audit log");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInput("reason", "Reason must be 500 characters or fewer");
        }
        PersonId live = records.resolve(id).orElseThrow(() -> new NotFound("Person", id));
        var subject = dataProtection.subject(live);
        List<PersonalData> parts = sources.orderedStream().map(source -> source.export(subject)).toList();
        audit.record("person.subject-access.export", PeopleService.SUBJECT, live.toString(), reason.strip());
        return new SubjectAccessExport(SubjectAccessExport.FORMAT, live, clock.instant(), access.actor(),
                reason.strip(), parts);
    }
}
