package org.linkwork.people;

/**
 * A person's sex as recorded by the NHS (the Data Dictionary's person stated gender codes); how they
 * describe their gender is kept separately, in their own words.
 */
public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    INDETERMINATE("Indeterminate (unable to be classified as either male or female)"),
    NOT_KNOWN("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
