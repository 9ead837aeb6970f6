package org.linkwork.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How the JSON API answers a caller it could not sign in: 401 when the credentials are missing or
 * wrong, but 503 with Retry-After when they could not be checked at all (the database is restarting),
 * so that a client retries rather than concluding its password is wrong.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Service Unavailable","status":503,\
                    "detail":"Your credentials could not be checked just now. Try again in a few seconds."}""");
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
}
