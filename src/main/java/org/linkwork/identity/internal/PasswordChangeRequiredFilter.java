package org.linkwork.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a password an administrator set must choose their own before doing
 * anything else: pages send them to the change-password page, the API refuses with 403.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountUser user)
                || !user.mustChangePassword() || isAllowedMeanwhile(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/") || path.equals("/fhir") || path.startsWith("/fhir/")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Forbidden","status":403,\
                    "detail":"This account's password was set by an administrator: sign in at the sign-in page and choose a new one first."}""");
            return;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
    }

    private static boolean isAllowedMeanwhile(String path) {
        return path.equals(CHANGE_PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/assets/")
                || path.equals("/error") || path.equals("/favicon.ico");
    }
}
