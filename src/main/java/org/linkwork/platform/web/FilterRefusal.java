package org.linkwork.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a servlet filter refuses a request. Filters answer before Spring MVC, and so before
 * {@link ApiProblemHandler}: the APIs still get problem+json from them, and pages plain text.
 */
final class FilterRefusal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterRefusal() {
    }

    /** {@code {"type":"about:blank","title":..,"status":..,"detail":..}}, as ProblemDetail would be written. */
    static void asProblemJson(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    static void asText(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(detail);
    }
}
