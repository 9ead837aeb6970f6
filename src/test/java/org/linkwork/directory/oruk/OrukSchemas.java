package org.linkwork.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The ORUK 3.0 JSON schemas and examples from the shared reference data, for checking what the
 * API serves. Formats (uuid, uri, email, date-time) are asserted, not just annotated.
 */
final class OrukSchemas {

    static final Path DIR = Path.of(System.getProperty("linkwork.shared.dir", "../shared"), "data", "oruk-3.0");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final String[] PAGE_FIELDS = {"total_items", "total_pages", "page_number", "size", "first_page",
            "last_page", "empty", "contents"};

    private OrukSchemas() {
    }

    static Path example(String name) {
        return DIR.resolve("examples").resolve(name);
    }

    static byte[] exampleBytes(String name) {
        try {
            return Files.readAllBytes(example(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that a body is valid against a schema file, such as "compiled/service.json". */
    static void assertValid(String body, String schemaFile) {
        assertValid(read(body), schemaFile, schema(schemaFile));
    }

    /** Asserts that a body is an ORUK page whose contents are each valid against a schema file. */
    static void assertValidPage(String body, String itemSchemaFile) {
        JsonNode page = read(body);
        ObjectNode schema = JSON.createObjectNode();
        schema.set("allOf", JSON.createArrayNode().add(openapi().at("/components/schemas/Page")));
        ArrayNode required = schema.putArray("required");
        for (String field : PAGE_FIELDS) {
            required.add(field);
        }
        ObjectNode contents = schema.putObject("properties").putObject("contents");
        contents.put("type", "array");
        contents.set("items", schemaNode(itemSchemaFile));
        assertValid(page, "page of " + itemSchemaFile, FACTORY.getSchema(schema, CONFIG));
    }

    /** Asserts that a body is valid against the response schema of an operation in the openapi file. */
    static void assertValidResponse(String body, String path) {
        JsonNode schema = openapi().path("paths").path(path).path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as("openapi has a response schema for " + path).isFalse();
        assertValid(read(body), "response of " + path, FACTORY.getSchema(schema, CONFIG));
    }

    private static void assertValid(JsonNode body, String name, JsonSchema schema) {
        Set<ValidationMessage> errors = schema.validate(body);
        assertThat(errors).as("problems against " + name + " in " + body).isEmpty();
    }

    private static JsonSchema schema(String schemaFile) {
        return FACTORY.getSchema(SchemaLocation.of(DIR.resolve("schema").resolve(schemaFile).toUri().toString()), CONFIG);
    }

    /** A schema file's content, or a reference to it when it refers to others. */
    private static JsonNode schemaNode(String schemaFile) {
        Path file = DIR.resolve("schema").resolve(schemaFile);
        JsonNode node = readFile(file);
        if (node.toString().contains("\"$ref\"")) {
            return JSON.createObjectNode().put("$ref", file.toUri().toString());
        }
        return node;
    }

    private static JsonNode openapi() {
        return readFile(DIR.resolve("schema").resolve("openapi.json"));
    }

    private static JsonNode readFile(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
