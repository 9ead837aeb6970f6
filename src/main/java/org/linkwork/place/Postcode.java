package org.linkwork.place;

import java.util.Locale;
import java.util.regex.Pattern;
import org.linkwork.platform.InvalidInput;

/**
 * A UK postcode in its normal form ("HX1 1UJ"), or a postcode district alone ("HX1").
 *
 * @param outward the outward code ("HX1")
 * @param inward  the inward code ("1UJ"), empty for a district alone
 */
public record Postcode(String outward, String inward) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][ABD-HJLNP-UW-Z]{2}");

    /**
     * Reads what a person typed: any case, with or without the space.
     *
     * @throws InvalidInput when it is not a postcode
     */
    public static Postcode parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "Enter a postcode, like HX1 1UJ");
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (OUTWARD.matcher(compact).matches()) {
            return new Postcode(compact, "");
        }
        if (compact.length() >= 5) {
            String outward = compact.substring(0, compact.length() - 3);
            String inward = compact.substring(compact.length() - 3);
            if (OUTWARD.matcher(outward).matches() && INWARD.matcher(inward).matches()) {
                return new Postcode(outward, inward);
            }
        }
        throw new InvalidInput(field, "Enter a real postcode, like HX1 1UJ");
    }

    public boolean isDistrictOnly() {
        return inward.isEmpty();
    }

    @Override
    public String toString() {
        return isDistrictOnly() ? outward : outward + " " + inward;
    }
}
