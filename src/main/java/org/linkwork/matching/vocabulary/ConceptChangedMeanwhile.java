package org.linkwork.matching.vocabulary;

/**
 * Someone else saved the concept after it was read; the change was not made, so theirs is not lost.
 */
public class ConceptChangedMeanwhile extends RuntimeException {

    public ConceptChangedMeanwhile(String code) {
        super("The concept " + code + " was changed by someone else meanwhile");
    }
}
