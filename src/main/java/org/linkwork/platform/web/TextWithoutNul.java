package org.linkwork.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads JSON strings as Jackson does, but refuses one holding the NUL character ({@code \u0000}):
 * PostgreSQL cannot store it in text, so such a value would otherwise be accepted and then fail as a
 * server error when written. Refused here, it is a 422 naming the field (see {@link ApiProblemHandler}).
 */
final class TextWithoutNul extends StringDeserializer {

    static final String MESSAGE = "Text must not contain the NUL character (\\u0000)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
        }
        return value;
    }
}
