package org.linkwork.matching.vocabulary;

/**
 * What a concept of the vocabulary stands for. Needs and activities say what a service should be about;
 * barriers say what stands in the person's way, or how they like things, and so how a service should be run
 * (nearby, step-free, by phone, for men) rather than what it is about.
 */
public enum ConceptKind {
    NEED("A need", "matches what you need"),
    ACTIVITY("Something they enjoy", "matches what you enjoy"),
    BARRIER("Something in the way, or how they like things", "suits how you like things");

    private final String label;
    private final String usualReason;

    ConceptKind(String label, String usualReason) {
        this.label = label;
        this.usualReason = usualReason;
    }

    public String label() {
        return label;
    }

    /** The end of a reason when the concept has none of its own: "Gardening: matches what you enjoy". */
    public String usualReason() {
        return usualReason;
    }

    public String code() {
        return name();
    }
}
