package org.linkwork.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the FHIR API answers a caller it could not sign in (401, or 503 when the credentials could not be
 * checked at all) or a role it does not let in (403): with an OperationOutcome, as FHIR clients expect
 * every error to be. Written by hand: module identity knows no FHIR library.
 */
class FhirAccessAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ApiAuthenticationEntryPoint.RETRY_AFTER_SECONDS));
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "transient",
                    "Your credentials could not be checked just now. Try again in a few seconds.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Linkwork FHIR\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "login", "Sign in with HTTP Basic to use this address");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Your role may not use this address");
    }

    private static void write(HttpServletResponse response, int status, String code, String diagnostics)
            throws IOException {
        response.setStatus(status);
        response.setContentType(FHIR_JSON);
        response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
                + code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}");
    }
}
