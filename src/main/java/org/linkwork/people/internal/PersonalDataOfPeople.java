package org.linkwork.people.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.people.Consent;
import org.linkwork.people.DataProtectionRequest;
import org.linkwork.people.DataSubject;
import org.linkwork.people.LegalException;
import org.linkwork.people.LongTermCondition;
import org.linkwork.people.NhsNumber;
import org.linkwork.people.Person;
import org.linkwork.people.PersonId;
import org.linkwork.people.PersonalData;
import org.linkwork.people.PersonalData.Entry;
import org.linkwork.people.PersonalData.Field;
import org.linkwork.people.PersonalDataSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Module people's own personal data: the person record, records merged into it, consent decisions,
 * possible duplicates, rectifications and data protection requests.
 */
@Component
@Order(0)
class PersonalDataOfPeople implements PersonalDataSource {

    static final String NAME = "person";

    private final PersonRecords records;
    private final ConsentRecords consents;
    private final DataProtectionRecords dataProtection;
    private final JdbcClient jdbc;

    PersonalDataOfPeople(PersonRecords records, ConsentRecords consents, DataProtectionRecords dataProtection,
            JdbcClient jdbc) {
        this.records = records;
        this.consents = consents;
        this.dataProtection = dataProtection;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PersonalData export(DataSubject subject) {
        Person person = records.find(subject.id()).orElseThrow();
        List<Entry> entries = new ArrayList<>();
        entries.add(record(person));
        for (PersonId former : subject.formerIds()) {
            records.find(former).ifPresent(p -> entries.add(merged(p)));
        }
        consents.history(subject.id()).forEach(c -> entries.add(consent(c)));
        entries.addAll(duplicateFlags(subject));
        dataProtection.rectifications(subject).forEach(r -> entries.add(new Entry("rectification",
                "Record changed", List.of(Field.of("fields", "What was changed", r.fields()),
                        Field.of("reason", "Why", r.reason()), Field.of("recordedBy", "Changed by", r.recordedBy()),
                        Field.of("recordedAt", "When", r.recordedAt())))));
        dataProtection.requests(subject).forEach(r -> entries.add(request(r)));
        return new PersonalData(NAME, "Your record", entries);
    }

    private Entry record(Person person) {
        Optional<java.time.Instant> restricted = dataProtection.restrictedSince(person.id());
        Optional<java.time.Instant> erased = dataProtection.erasedAt(person.id());
        return new Entry("person", "Your details", List.of(
                Field.of("id", "Record number", person.id()),
                Field.of("givenName", "First name", person.name().given()),
                Field.of("familyName", "Last name", person.name().family()),
                Field.of("preferredName", "Name you like to be called", person.name().preferred()),
                Field.of("birthDate", "Date of birth", person.birthDate()),
                Field.of("nhsNumber", "NHS number", person.nhsNumber().map(NhsNumber::formatted)),
                Field.of("addressLine1", "Address", person.address().line1()),
                Field.of("addressLine2", "Address line 2", person.address().line2()),
                Field.of("town", "Town", person.address().town()),
                Field.of("postcode", "Postcode", person.address().postcode()),
                Field.of("wardCode", "Ward (code)", person.area().wardCode()),
                Field.of("lsoaCode", "Neighbourhood (LSOA code)", person.area().lsoaCode()),
                Field.of("phone", "Phone", person.contact().phone()),
                Field.of("mobile", "Mobile", person.contact().mobile()),
                Field.of("email", "Email", person.contact().email()),
                Field.of("contactMethods", "How you are happy to be contacted",
                        person.contact().methods().stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()),
                Field.of("contactTimes", "When to contact you", person.contact().times()),
                Field.of("sex", "Sex", person.demographics().sex().map(s -> s.name().toLowerCase(java.util.Locale.ROOT))),
                Field.of("gender", "Gender, in your words", person.demographics().gender()),
                Field.of("ethnicity", "Ethnic group", person.demographics().ethnicity().map(e -> e.label())),
                Field.of("mainLanguage", "Main language", person.demographics().mainLanguage()),
                Field.of("interpreterNeeded", "Interpreter needed", person.demographics().interpreterNeeded()),
                Field.of("accessibleInformationNeeds", "What you need to read or hear information",
                        person.demographics().accessibleInformationNeeds()),
                Field.of("longTermConditions", "Long-term conditions",
                        person.longTermConditions().stream().map(LongTermCondition::label).sorted().toList()),
                Field.of("gpPracticeCode", "GP practice code", person.gpPractice().map(Person.GpPractice::odsCode)),
                Field.of("gpPracticeName", "GP practice", person.gpPractice().map(Person.GpPractice::name)),
                Field.of("restrictedSince", "Processing restricted since", restricted),
                Field.of("erasedAt", "Identifying details erased on", erased)));
    }

    private static Entry merged(Person former) {
        return new Entry("merged-record", "An earlier record of you, joined to this one", List.of(
                Field.of("id", "Record number", former.id()),
                Field.of("givenName", "First name", former.name().given()),
                Field.of("familyName", "Last name", former.name().family()),
                Field.of("birthDate", "Date of birth", former.birthDate()),
                Field.of("nhsNumber", "NHS number", former.nhsNumber().map(NhsNumber::formatted)),
                Field.of("postcode", "Postcode", former.address().postcode())));
    }

    private static Entry consent(Consent consent) {
        return new Entry("consent", consent.scope().label(), List.of(
                Field.of("scope", "About", consent.scope().name()),
                Field.of("organisation", "Organisation", consent.organisation().map(Consent.Organisation::name)),
                Field.of("given", "Agreed", consent.given()),
                Field.of("note", "Note", consent.note()),
                Field.of("recordedBy", "Recorded by", consent.recordedBy()),
                Field.of("recordedAt", "When", consent.recordedAt())));
    }

    private List<Entry> duplicateFlags(DataSubject subject) {
        List<UUID> ids = subject.ids().stream().map(PersonId::value).toList();
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                select person_id, other_id, reason, status, decided_by, decided_at, created_at
                from person_possible_duplicate where person_id in (:ids) or other_id in (:ids) order by id
                """)
                .param("ids", ids)
                .query((rs, row) -> {
                    UUID a = rs.getObject("person_id", UUID.class);
                    UUID other = ids.contains(a) ? rs.getObject("other_id", UUID.class) : a;
                    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
                    return new Entry("possible-duplicate", "A record that may also be you", List.of(
                            Field.of("otherRecord", "The other record's number", other),
                            Field.of("reason", "Why", org.linkwork.people.PossibleDuplicate.Reason
                                    .valueOf(rs.getString("reason")).label()),
                            Field.of("flaggedAt", "Noticed on", rs.getObject("created_at", OffsetDateTime.class).toInstant()),
                            Field.of("status", "Decision", rs.getString("status")),
                            Field.of("decidedBy", "Decided by", rs.getString("decided_by")),
                            Field.of("decidedAt", "Decided on", decided == null ? null : decided.toInstant())));
                })
                .list()
                .forEach(entries::add);
        return entries;
    }

    private static Entry request(DataProtectionRequest r) {
        return new Entry("data-protection-request", r.kind().label(), List.of(
                Field.of("kind", "Request", r.kind().code()),
                Field.of("receivedOn", "Received on", r.receivedOn()),
                Field.of("decision", "Decision", r.decision().label()),
                Field.of("legalException", "Legal exception relied on", r.legalException().map(LegalException::label)),
                Field.of("justification", "Why", r.justification()),
                Field.of("decidedBy", "Decided by", r.decidedBy()),
                Field.of("decidedAt", "Decided on", r.decidedAt()),
                Field.of("liftedAt", "Lifted on", r.liftedAt())));
    }

    @Override
    public void erase(DataSubject subject) {
        dataProtection.erasePerson(subject, "request");
        consents.eraseNotes(subject.ids().stream().map(PersonId::value).toList());
    }

    @Override
    public Activity activity(DataSubject subject) {
        return new Activity(false, dataProtection.lastChange(subject));
    }
}
