package org.linkwork.identity;

/**
 * The roles of Linkwork. A member of the public needs no account for the public pages; an account
 * with {@link #PUBLIC} is for a person who signs in to follow their own self-referral.
 */
public enum Role {
    PUBLIC,
    REFERRER,
    LINK_WORKER,
    PROVIDER,
    COMMISSIONER,
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
