package org.linkwork.place;

import java.util.Optional;

/**
 * Where a postcode is, and how precisely that is known.
 *
 * @param postcode  the postcode as normalised
 * @param point     its position
 * @param wardCode  the ward it lies in, when known
 * @param lsoaCode  the LSOA it lies in, when known
 * @param precision {@link Precision#POSTCODE} from an imported postcode table; {@link Precision#DISTRICT}
 *                  from the centroid of the ward that stands for the postcode district
 */
public record Location(Postcode postcode, GeoPoint point, Optional<String> wardCode, Optional<String> lsoaCode,
        Precision precision) {

    public enum Precision { POSTCODE, DISTRICT }
}
