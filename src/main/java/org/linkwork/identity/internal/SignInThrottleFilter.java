package org.linkwork.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from an address that has failed too often lately, before any password is
 * checked: the sign-in form is sent back to the sign-in page with a message, an API call carrying
 * credentials gets 429 with a problem+json body and Retry-After.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSignInAttempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> refused = throttle.refusedFor(request.getRemoteAddr());
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, refused.get().toSeconds());
        if (isFormSignIn(request)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"Too Many Requests","status":429,\
                "detail":"Too many failed sign-ins from this address. Try again in %d seconds."}"""
                .formatted(seconds));
    }

    private static boolean isSignInAttempt(HttpServletRequest request) {
        return isFormSignIn(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
