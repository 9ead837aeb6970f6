package org.linkwork.platform.database;

/**
 * Text that echoes what came from outside (a file, a typed name) must still be stored when it holds a NUL,
 * which no PostgreSQL text column takes: a record of a bad file or a bad request matters most. The NUL is
 * kept as the replacement character, U+FFFD, so that the record shows something was there.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The text with each NUL replaced by U+FFFD; null stays null. */
    public static String of(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
