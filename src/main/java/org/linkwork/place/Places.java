package org.linkwork.place;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwork.platform.InvalidInput;

/**
 * Geography of the places this deployment serves.
 */
public interface Places {

    List<Place> places();

    List<Ward> wards(String placeId);

    List<Lsoa> lsoas(String placeId);

    Optional<Ward> ward(String code);

    /** The ward whose boundary contains the point, if it is in any place served. */
    Optional<Ward> wardContaining(GeoPoint point);

    /** The LSOA whose boundary contains the point, if it is in any place served. */
    Optional<Lsoa> lsoaContaining(GeoPoint point);

    /**
     * Finds a postcode: exactly from the imported postcode table, otherwise by its district.
     *
     * @param field the request field named in an error
     * @throws InvalidInput when the text is not a postcode, or is one outside every place served
     */
    Location locate(String field, String postcode);

    /**
     * {@link #locate} for many postcodes in one look-up, for work done in batches.
     *
     * @return the location of each text that {@link #locate} would locate, keyed by the text as given;
     *         texts it would refuse are left out
     */
    default Map<String, Location> locateAll(Collection<String> postcodes) {
        Map<String, Location> located = new HashMap<>();
        for (String postcode : postcodes) {
            try {
                located.put(postcode, locate("postcode", postcode));
            } catch (InvalidInput e) {
                // Left out, as documented.
            }
        }
        return located;
    }

    /** Postcode districts that reach into the places served, such as "HX1". */
    List<String> postcodeDistricts();
}
