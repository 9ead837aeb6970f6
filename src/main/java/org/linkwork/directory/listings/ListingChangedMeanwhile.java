package org.linkwork.directory.listings;

/**
 * An edit was made to an older version of a listing than the one now stored: someone else saved
 * it in between. The edit is refused, so that neither change is lost without anyone knowing.
 */
public class ListingChangedMeanwhile extends RuntimeException {

    public ListingChangedMeanwhile(String serviceId) {
        super("Service " + serviceId + " was changed by someone else");
    }
}
