package org.linkwork.directory.listings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page was asked for a listing or report that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ListingNotFound extends RuntimeException {

    public ListingNotFound(String id) {
        super("There is no listing or report " + id);
    }
}
