package org.linkwork.people.internal;

import org.linkwork.people.DataSubject;
import org.linkwork.people.PersonalDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person across every {@link PersonalDataSource}, in the caller's transaction: if any source
 * fails, nothing of the erasure stays.
 */
@Component
class PersonErasure {

    private final ObjectProvider<PersonalDataSource> sources;
    private final DataProtectionRecords records;

    PersonErasure(ObjectProvider<PersonalDataSource> sources, DataProtectionRecords records) {
        this.sources = sources;
        this.records = records;
    }

    /** @param because "request" or "retention", kept on the person row */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(DataSubject subject, String because) {
        records.allowErasureInThisTransaction();
        records.erasePerson(subject, because);
        sources.orderedStream().forEach(source -> source.erase(subject));
    }
}
