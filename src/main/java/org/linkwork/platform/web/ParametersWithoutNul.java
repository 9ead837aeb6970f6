package org.linkwork.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query or form field holding the NUL character (400): nobody can type one into a page,
 * PostgreSQL cannot store it in text, and let through it would fail as a server error when written.
 * JSON bodies are checked as they are read ({@link TextWithoutNul}); uploads by their importers.
 */
final class ParametersWithoutNul extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> field = fieldWithNul(request);
        if (field.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String detail = "The field " + field.get() + " holds the NUL character (\\u0000), which is not allowed.";
        if (request.getRequestURI().startsWith("/api/")) {
            FilterRefusal.asProblemJson(response, HttpStatus.BAD_REQUEST, detail);
        } else {
            FilterRefusal.asText(response, HttpStatus.BAD_REQUEST, detail);
        }
    }

    /** Only the query and url-encoded forms: reading a multipart body's parts here would read every upload twice. */
    private static Optional<String> fieldWithNul(HttpServletRequest request) {
        String query = request.getQueryString();
        boolean form = request.getContentType() != null
                && request.getContentType().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        if (!form && (query == null || !query.contains("%00"))) {
            return Optional.empty();
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || Arrays.stream(parameter.getValue()).anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
                return Optional.of(parameter.getKey().replace('\u0000', '\uFFFD'));
            }
        }
        return Optional.empty();
    }
}
