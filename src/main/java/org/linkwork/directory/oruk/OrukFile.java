package org.linkwork.directory.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An ORUK file taken apart into its services, before anything is written: one service, a list of
 * services, or a paged response ({@code contents}); organisations with their {@code services} and
 * services at locations are taken apart into their services too. A file that is not JSON, or in
 * which no element has the shape of a service, is refused whole.
 *
 * @param entries every element that was offered as a service, in order
 */
record OrukFile(String format, List<Entry> entries) {

    enum Version {
        V1("ORUK 1.0"), V3("ORUK 3.0");

        final String label;

        Version(String label) {
            this.label = label;
        }
    }

    /**
     * One element of the file.
     *
     * @param position its index among the services of the file, from 0 (its index in the list or page)
     * @param pointer  where it is in the file, as a JSON pointer ("/contents/2")
     * @param version  which ORUK version it looks like, or null when it does not look like a service
     */
    record Entry(int position, String pointer, JsonNode node, Version version) {

        String id() {
            JsonNode id = node.get("id");
            return id != null && (id.isString() || id.isNumber()) ? id.asString() : null;
        }
    }

    /** The whole file cannot be imported; nothing of it was written. */
    static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** Keys only ORUK 1.0 services have. */
    private static final Set<String> VERSION_1_KEYS = Set.of("regular_schedules", "holiday_schedules",
            "service_taxonomys", "eligibilitys", "fundings", "locations", "reviews", "deliverable_type");

    /** Keys that, beside a name, make an object a service rather than, say, an organisation. */
    private static final Set<String> SERVICE_KEYS = Set.of("status", "organization", "organization_id",
            "service_at_locations", "schedules", "attributes", "regular_schedules", "service_taxonomys", "locations",
            "eligibilitys", "cost_options");

    /** @throws Refused when the content is not JSON or holds no ORUK service */
    static OrukFile parse(byte[] content, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(content);
        } catch (JacksonException e) {
            throw new Refused("The file is not JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new Refused("The file is empty");
        }
        List<Map.Entry<String, JsonNode>> offered = new ArrayList<>();
        if (root.isArray()) {
            int i = 0;
            for (JsonNode element : root.values()) {
                expand(offered, "/" + i++, element);
            }
        } else if (root.isObject() && root.has("contents") && root.get("contents").isArray()) {
            int i = 0;
            for (JsonNode element : root.get("contents").values()) {
                expand(offered, "/contents/" + i++, element);
            }
        } else if (root.isObject() && (isService(root) || isOrganizationWithServices(root)
                || isServiceAtLocation(root))) {
            expand(offered, "", root);
        } else {
            throw new Refused("The file is JSON but not ORUK: expected a service, a list of services "
                    + "or a page of services with contents");
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : offered) {
            JsonNode node = element.getValue();
            entries.add(new Entry(entries.size(), element.getKey(), node,
                    node.isObject() && isService(node) ? version(node) : null));
        }
        if (entries.stream().noneMatch(e -> e.version() != null)) {
            throw new Refused(entries.isEmpty() ? "The file has no services in it"
                    : "The file is JSON but not ORUK: nothing in it has the shape of a service");
        }
        boolean v1 = entries.stream().anyMatch(e -> e.version() == Version.V1);
        boolean v3 = entries.stream().anyMatch(e -> e.version() == Version.V3);
        String format = v1 && v3 ? "ORUK 1.0 and 3.0" : v1 ? Version.V1.label : Version.V3.label;
        return new OrukFile(format, entries);
    }

    /**
     * Adds the services an element offers: itself; or, for an organisation with services (as
     * {@code /organizations/{id}} serves), each service with the organisation nested; or, for a
     * service at a location, its service with that location.
     */
    private static void expand(List<Map.Entry<String, JsonNode>> offered, String pointer, JsonNode element) {
        if (element.isObject() && !isService(element) && isOrganizationWithServices(element)) {
            ObjectNode organization = ((ObjectNode) element).deepCopy();
            organization.remove("services");
            int i = 0;
            for (JsonNode service : element.get("services").values()) {
                if (service.isObject() && !service.has("organization") && !service.has("organization_id")) {
                    ObjectNode withOrganization = ((ObjectNode) service).deepCopy();
                    withOrganization.set("organization", organization);
                    service = withOrganization;
                }
                offered.add(Map.entry(pointer + "/services/" + i++, service));
            }
        } else if (element.isObject() && !isService(element) && isServiceAtLocation(element)) {
            ObjectNode service = ((ObjectNode) element.get("service")).deepCopy();
            if (!service.has("service_at_locations")) {
                ObjectNode serviceAtLocation = service.putArray("service_at_locations").addObject();
                if (element.has("id")) {
                    serviceAtLocation.set("id", element.get("id"));
                }
                serviceAtLocation.set("location", element.get("location"));
            }
            offered.add(Map.entry(pointer + "/service", service));
        } else {
            offered.add(Map.entry(pointer, element));
        }
    }

    private static boolean isOrganizationWithServices(JsonNode node) {
        return node.has("name") && node.has("services") && node.get("services").isArray();
    }

    private static boolean isServiceAtLocation(JsonNode node) {
        return node.has("service") && node.get("service").isObject() && node.has("location")
                && node.get("location").isObject();
    }

    private static boolean isService(JsonNode node) {
        return node.has("name") && SERVICE_KEYS.stream().anyMatch(node::has);
    }

    private static Version version(JsonNode service) {
        if (VERSION_1_KEYS.stream().anyMatch(service::has)) {
            return Version.V1;
        }
        JsonNode sals = service.get("service_at_locations");
        if (sals != null && sals.isArray()) {
            for (JsonNode sal : sals.values()) {
                JsonNode location = sal.get("location");
                if (location != null && (location.has("physical_addresses")
                        || location.has("accessibility_for_disabilities") || sal.has("regular_schedules"))) {
                    return Version.V1;
                }
            }
        }
        return Version.V3;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
