package org.linkwork.people;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user's role may not do this with person records (a commissioner may see no person at
 * all). It is an {@link AccessDeniedException}, so web requests that meet it answer 403.
 */
public class PersonAccessRefused extends AccessDeniedException {

    public PersonAccessRefused(String what) {
        super("This account may not " + what);
    }
}
