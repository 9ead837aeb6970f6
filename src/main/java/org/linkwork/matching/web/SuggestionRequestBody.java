package org.linkwork.matching.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.SuggestionRequest;
import org.linkwork.place.GeoPoint;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/suggestions}, as documented; it is read field by field from the JSON, so
 * that each wrong value is reported against its own field rather than as an unreadable request.
 */
@Schema(description = "A situation to suggest services for; everything but one of postcode and location is optional")
record SuggestionRequestBody(
        @Schema(example = "HX1 1UJ") String postcode,
        @Schema(description = "Instead of a postcode") LocationBody location,
        @Schema(example = "Since my wife died I don't see anyone, and my knees hurt on the stairs") String whatMatters,
        @Schema(description = "Needs taxonomy codes", example = "[\"walking\"]") List<String> needs,
        ConstraintsBody constraints,
        @Schema(description = "1 to 50", defaultValue = "10") Integer limit) {

    record LocationBody(@Schema(example = "53.72") Double lat, @Schema(example = "-1.86") Double lon) {
    }

    record ConstraintsBody(Double maxDistanceKm,
            @Schema(description = "MO, TU, WE, TH, FR, SA, SU") List<String> days,
            @Schema(description = "morning, afternoon, evening") List<String> timesOfDay,
            @Schema(description = "0 for free only") BigDecimal maxCostPounds, Integer age, Boolean wheelchair,
            Boolean stepFree, @Schema(description = "ISO 639-1", example = "en") String language, Boolean noTransport) {
    }

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    /** @throws InvalidInput naming every field that cannot be read */
    static SuggestionRequest read(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidInput("", "The body must be a JSON object");
        }
        String postcode = text(body, "postcode", "postcode", problems);
        GeoPoint location = location(body.get("location"), problems);
        String whatMatters = text(body, "whatMatters", "whatMatters", problems);
        List<String> needs = texts(body.get("needs"), "needs", problems);
        Constraints constraints = constraints(body.get("constraints"), problems);
        Integer limit = integer(body.get("limit"), "limit", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new SuggestionRequest(postcode, location, whatMatters, needs, constraints,
                limit == null ? SuggestionRequest.DEFAULT_LIMIT : limit);
    }

    private static GeoPoint location(JsonNode node, List<FieldProblem> problems) {
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("location", "Location must be an object with lat and lon"));
            return null;
        }
        Double lat = number(node.get("lat"), "location.lat", problems);
        Double lon = number(node.get("lon"), "location.lon", problems);
        if (lat == null && !problems.stream().anyMatch(p -> p.field().equals("location.lat"))) {
            problems.add(new FieldProblem("location.lat", "Give the latitude"));
        }
        if (lon == null && !problems.stream().anyMatch(p -> p.field().equals("location.lon"))) {
            problems.add(new FieldProblem("location.lon", "Give the longitude"));
        }
        if (lat != null && (lat < -90 || lat > 90)) {
            problems.add(new FieldProblem("location.lat", "Latitude must be between -90 and 90"));
            return null;
        }
        if (lon != null && (lon < -180 || lon > 180)) {
            problems.add(new FieldProblem("location.lon", "Longitude must be between -180 and 180"));
            return null;
        }
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    private static Constraints constraints(JsonNode node, List<FieldProblem> problems) {
        if (absent(node)) {
            return Constraints.NONE;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("constraints", "Constraints must be an object"));
            return Constraints.NONE;
        }
        Double maxDistance = number(node.get("maxDistanceKm"), "constraints.maxDistanceKm", problems);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<String> dayCodes = texts(node.get("days"), "constraints.days", problems);
        for (int i = 0; i < dayCodes.size(); i++) {
            DayOfWeek day = dayCodes.get(i) == null ? null : DAYS.get(dayCodes.get(i).strip().toUpperCase(Locale.ROOT));
            if (day == null) {
                problems.add(new FieldProblem("constraints.days[" + i + "]",
                        "Days must be MO, TU, WE, TH, FR, SA or SU"));
            } else {
                days.add(day);
            }
        }
        Set<PartOfDay> times = EnumSet.noneOf(PartOfDay.class);
        List<String> timeCodes = texts(node.get("timesOfDay"), "constraints.timesOfDay", problems);
        for (int i = 0; i < timeCodes.size(); i++) {
            int at = i;
            PartOfDay.fromCode(timeCodes.get(i)).ifPresentOrElse(times::add, () -> problems.add(new FieldProblem(
                    "constraints.timesOfDay[" + at + "]", "Times of day must be morning, afternoon or evening")));
        }
        Double maxCost = number(node.get("maxCostPounds"), "constraints.maxCostPounds", problems);
        Integer age = integer(node.get("age"), "constraints.age", problems);
        return new Constraints(maxDistance, days, times, maxCost == null ? null : BigDecimal.valueOf(maxCost), age,
                bool(node.get("wheelchair"), "constraints.wheelchair", problems),
                bool(node.get("stepFree"), "constraints.stepFree", problems),
                text(node, "language", "constraints.language", problems),
                bool(node.get("noTransport"), "constraints.noTransport", problems));
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String text(JsonNode parent, String name, String field, List<FieldProblem> problems) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem(field, "Must be text"));
            return null;
        }
        return node.asString();
    }

    private static List<String> texts(JsonNode node, String field, List<FieldProblem> problems) {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem(field, "Must be a list of text"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item == null || !item.isString()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "Must be text"));
                values.add(null);
            } else {
                values.add(item.asString());
            }
        }
        return values;
    }

    private static Double number(JsonNode node, String field, List<FieldProblem> problems) {
        if (absent(node)) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new FieldProblem(field, "Must be a number"));
            return null;
        }
        return node.doubleValue();
    }

    private static Integer integer(JsonNode node, String field, List<FieldProblem> problems) {
        if (absent(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(new FieldProblem(field, "Must be a whole number"));
            return null;
        }
        return node.intValue();
    }

    private static boolean bool(JsonNode node, String field, List<FieldProblem> problems) {
        if (absent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(new FieldProblem(field, "Must be true or false"));
            return false;
        }
        return node.booleanValue();
    }
}
