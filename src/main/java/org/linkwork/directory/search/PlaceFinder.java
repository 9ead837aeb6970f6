package org.linkwork.directory.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Place;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.linkwork.platform.InvalidInput;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads the "Where?" of a search: a postcode ("HX7 8AD", or a district alone, "HX7"), a ward
 * ("Todmorden") or a town listed in {@value #PLACE_NAMES} ("Hebden Bridge").
 */
@Component
public class PlaceFinder {

    static final String PLACE_NAMES = "directory/search/place-names.txt";
    /** Place names have no digits; anything with one is read as a postcode, and said to be wrong as one. */
    private static final Pattern HAS_A_DIGIT = Pattern.compile(".*[0-9].*");

    private final Places places;
    /** Town as typed (normalised) to ward name (normalised). */
    private final Map<String, String> towns;

    PlaceFinder(Places places) {
        this.places = places;
        this.towns = readTowns();
    }

    /**
     * @param name  how to speak of the place found: the postcode as normalised, or the ward's or
     *              town's name
     * @param point where distances are measured from
     */
    public record Found(String name, GeoPoint point) {
    }

    /**
     * @param field the form field named in an error
     * @throws InvalidInput when it is neither a postcode nor a place served
     */
    public Found find(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "Enter a postcode or a town");
        }
        if (HAS_A_DIGIT.matcher(text).matches()) {
            org.linkwork.place.Location located = places.locate(field, text);
            return new Found(located.postcode().toString(), located.point());
        }
        return ward(normalise(text)).map(w -> new Found(displayName(text, w), w.centroid()))
                .orElseThrow(() -> new InvalidInput(field, "We could not find \"" + text.strip()
                        + "\". Enter a postcode, like HX1 1UJ, or a town, like Todmorden"));
    }

    private Optional<Ward> ward(String wanted) {
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Ward> wards = places.places().stream().map(Place::id).flatMap(id -> places.wards(id).stream()).toList();
        String ward = towns.getOrDefault(wanted, wanted);
        Optional<Ward> exact = wards.stream().filter(w -> normalise(w.name()).equals(ward)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return wards.stream().filter(w -> (" " + normalise(w.name()) + " ").contains(" " + ward + " ")).findFirst();
    }

    /** The town as the person wrote it, when it is a town, otherwise the ward's name. */
    private String displayName(String typed, Ward ward) {
        String t = typed.strip();
        return normalise(ward.name()).equals(normalise(t)) ? ward.name() : t;
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ")
                .strip();
    }

    private static Map<String, String> readTowns() {
        Map<String, String> towns = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(PLACE_NAMES).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int equals = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || equals < 0) {
                    continue;
                }
                towns.put(normalise(line.substring(0, equals)), normalise(line.substring(equals + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return towns;
    }
}
