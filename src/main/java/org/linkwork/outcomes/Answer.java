package org.linkwork.outcomes;

/**
 * One answer to one question: the code of an answer option for a choice question, or a whole number for an
 * integer question.
 */
public sealed interface Answer {

    static Answer option(String code) {
        return new Option(code);
    }

    static Answer number(int value) {
        return new Number(value);
    }

    /** The option chosen, by its code. */
    record Option(String code) implements Answer {
    }

    /** A whole number given. */
    record Number(int value) implements Answer {
    }
}
