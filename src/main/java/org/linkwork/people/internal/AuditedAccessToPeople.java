package org.linkwork.people.internal;

import java.util.List;
import org.linkwork.identity.AuditEvents;
import org.linkwork.people.DataSubject;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalData;
import org.linkwork.people.PersonalData.Entry;
import org.linkwork.people.PersonalData.Field;
import org.linkwork.people.PersonalDataSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who read or changed the person's record, from the audit log (module identity). The audit log is
 * append-only and holds ids, never names, so an erasure leaves it as it is, and it is no reason to keep a
 * record: reads are not activity.
 */
@Component
@Order(1)
class AuditedAccessToPeople implements PersonalDataSource {

    private final AuditEvents audit;

    AuditedAccessToPeople(AuditEvents audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "person-audit";
    }

    @Override
    public PersonalData export(DataSubject subject) {
        List<Entry> entries = audit.about(PeopleService.SUBJECT, subject.ids().stream().map(PersonId::toString).toList())
                .stream().map(AuditedAccessToPeople::entry).toList();
        return new PersonalData(name(), "Who looked at or changed your record", entries);
    }

    static Entry entry(AuditEvents.Event event) {
        return new Entry("audit-event", event.action(), List.of(
                Field.of("occurredAt", "When", event.occurredAt()),
                Field.of("actor", "Who", event.actor()),
                Field.of("action", "What", event.action()),
                Field.of("record", "Which record", event.subjectType() + " " + event.subjectId()),
                Field.of("reason", "Why", event.reason())));
    }

    @Override
    public void erase(DataSubject subject) {
        // Nothing to erase: audit events hold ids and usernames of staff, never the person's name.
    }

    @Override
    public Activity activity(DataSubject subject) {
        return Activity.NONE;
    }
}
