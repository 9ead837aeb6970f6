package org.linkwork.place.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Location;
import org.linkwork.place.Lsoa;
import org.linkwork.place.Place;
import org.linkwork.place.Places;
import org.linkwork.place.Postcode;
import org.linkwork.place.Ward;
import org.linkwork.platform.InvalidInput;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;

@Service
class GeographyService implements Places {

    private final GeographyCache cache;
    private final JdbcClient jdbc;

    GeographyService(GeographyCache cache, JdbcClient jdbc) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    @Override
    public List<Place> places() {
        return cache.snapshot().places();
    }

    @Override
    public List<Ward> wards(String placeId) {
        return cache.snapshot().wards().stream().map(GeographyCache.Area::area)
                .filter(w -> w.placeId().equals(placeId)).toList();
    }

    @Override
    public List<Lsoa> lsoas(String placeId) {
        return cache.snapshot().lsoas().stream().map(GeographyCache.Area::area)
                .filter(l -> l.placeId().equals(placeId)).toList();
    }

    @Override
    public Optional<Ward> ward(String code) {
        return Optional.ofNullable(cache.snapshot().wardsByCode().get(code));
    }

    @Override
    public Optional<Ward> wardContaining(GeoPoint point) {
        return cache.snapshot().wards().stream().filter(a -> a.boundary().contains(point))
                .map(GeographyCache.Area::area).findFirst();
    }

    @Override
    public Optional<Lsoa> lsoaContaining(GeoPoint point) {
        return cache.snapshot().lsoas().stream().filter(a -> a.boundary().contains(point))
                .map(GeographyCache.Area::area).findFirst();
    }

    @Override
    public Location locate(String field, String text) {
        Postcode postcode = Postcode.parse(field, text);
        if (!postcode.isDistrictOnly()) {
            Optional<Location> exact = jdbc.sql("""
                    select latitude, longitude, ward_code, lsoa_code from postcode
                    where postcode = :postcode and not terminated
                    """)
                    .param("postcode", postcode.toString())
                    .query((rs, row) -> new Location(postcode, new GeoPoint(rs.getDouble(1), rs.getDouble(2)),
                            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                            Location.Precision.POSTCODE))
                    .optional();
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        return byDistrict(postcode).orElseThrow(() -> new InvalidInput(field, "We could not find " + postcode
                + " in the area we cover. Enter a postcode in " + coverage()));
    }

    @Override
    public Map<String, Location> locateAll(Collection<String> texts) {
        Map<String, Postcode> parsed = new HashMap<>();
        for (String text : texts) {
            try {
                parsed.put(text, Postcode.parse("postcode", text));
            } catch (InvalidInput e) {
                // Left out: locate would refuse it.
            }
        }
        record Found(GeoPoint point, Optional<String> wardCode, Optional<String> lsoaCode) {
        }
        Map<String, Found> exact = new HashMap<>();
        Object[] full = parsed.values().stream().filter(p -> !p.isDistrictOnly()).map(Postcode::toString).distinct()
                .toArray();
        if (full.length > 0) {
            jdbc.sql("""
                    select postcode, latitude, longitude, ward_code, lsoa_code from postcode
                    where postcode = any(:postcodes) and not terminated
                    """)
                    .param("postcodes", new SqlArrayValue("text", full))
                    .query((RowCallbackHandler) rs -> exact.put(rs.getString(1), new Found(
                            new GeoPoint(rs.getDouble(2), rs.getDouble(3)), Optional.ofNullable(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)))));
        }
        Map<String, Location> located = new HashMap<>();
        parsed.forEach((text, postcode) -> {
            Found found = exact.get(postcode.toString());
            Optional<Location> location = found != null
                    ? Optional.of(new Location(postcode, found.point(), found.wardCode(), found.lsoaCode(),
                            Location.Precision.POSTCODE))
                    : byDistrict(postcode);
            location.ifPresent(l -> located.put(text, l));
        });
        return located;
    }

    /** Where a postcode is, known only by its district: the centre of the district's ward. */
    private Optional<Location> byDistrict(Postcode postcode) {
        String wardCode = cache.snapshot().districtWards().get(postcode.outward());
        if (wardCode == null) {
            return Optional.empty();
        }
        Ward ward = cache.snapshot().wardsByCode().get(wardCode);
        return Optional.of(new Location(postcode, ward.centroid(), Optional.of(wardCode), Optional.empty(),
                Location.Precision.DISTRICT));
    }

    @Override
    public List<String> postcodeDistricts() {
        return cache.snapshot().districtWards().keySet().stream().sorted().toList();
    }

    private String coverage() {
        List<String> names = places().stream().map(Place::name).toList();
        return names.isEmpty() ? "an area we cover" : String.join(" or ", names);
    }
}
