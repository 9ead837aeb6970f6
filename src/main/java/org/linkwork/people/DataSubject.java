package org.linkwork.people;

import java.util.List;
import java.util.stream.Stream;

/**
 * The person a data protection action is about: their record, and the records merged into it, whose
 * ids other modules may still hold.
 *
 * @param id        the record that stands for the person now
 * @param formerIds records merged into it
 */
public record DataSubject(PersonId id, List<PersonId> formerIds) {

    public DataSubject {
        formerIds = List.copyOf(formerIds);
    }

    /** The record's id and the former ones: every id that names this person. */
    public List<PersonId> ids() {
        return Stream.concat(Stream.of(id), formerIds.stream()).toList();
    }
}
