package org.linkwork.platform;

/**
 * Something asked for by id does not exist (or the caller may not know that it does).
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
