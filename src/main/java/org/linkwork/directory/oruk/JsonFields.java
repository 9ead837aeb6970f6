package org.linkwork.directory.oruk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.linkwork.platform.InvalidInput.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one record of an imported file leniently: a value of the wrong kind is
 * noted as a problem of that field (by its path in the record) and read as absent, so that every
 * problem of a record is reported at once.
 */
final class JsonFields {

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    String text(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            String text = value.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        problem(path + name, "Expected text");
        return null;
    }

    /** The first of several names under which a field may appear. */
    String text(JsonNode node, String path, String... names) {
        for (String name : names) {
            String value = text(node, name, path);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    Integer integer(JsonNode node, String name, String path) {
        BigDecimal number = decimal(node, name, path);
        return number == null ? null : number.intValue();
    }

    BigDecimal decimal(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            try {
                return new BigDecimal(value.stringValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(path + name, "Expected a number");
        return null;
    }

    Double coordinate(JsonNode node, String name, String path) {
        BigDecimal number = decimal(node, name, path);
        return number == null ? null : number.doubleValue();
    }

    LocalDate date(JsonNode node, String name, String path) {
        String text = text(node, name, path);
        if (text == null) {
            return null;
        }
        try {
            return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            } catch (DateTimeParseException e2) {
                problem(path + name, "Expected a date like 2024-05-01");
                return null;
            }
        }
    }

    /** A time of day as "10:00", "10:00:00" or with an offset ("10:00:00+01:00", "10:00:00Z"). */
    LocalTime time(JsonNode node, String name, String path) {
        String text = text(node, name, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetTime.parse(text).toLocalTime();
            } catch (DateTimeParseException e2) {
                problem(path + name, "Expected a time like 10:00:00");
                return null;
            }
        }
    }

    /** The elements of an array field that are objects; anything else there is a problem. */
    List<JsonNode> objects(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(path + name, "Expected a list");
            return List.of();
        }
        List<JsonNode> objects = new ArrayList<>();
        int i = 0;
        for (JsonNode element : value.values()) {
            if (element.isObject()) {
                objects.add(element);
            } else {
                problem(path + name + "[" + i + "]", "Expected an object");
            }
            i++;
        }
        return objects;
    }

    JsonNode object(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problem(path + name, "Expected an object");
            return null;
        }
        return value;
    }
}
