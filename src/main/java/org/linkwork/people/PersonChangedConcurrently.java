package org.linkwork.people;

/**
 * Someone else saved the record after it was read; saving now would silently overwrite their work.
 */
public class PersonChangedConcurrently extends RuntimeException {

    private final PersonId id;

    public PersonChangedConcurrently(PersonId id) {
        super("The record of person " + id + " was changed by someone else. Reload it and make your changes again.");
        this.id = id;
    }

    public PersonId personId() {
        return id;
    }
}
