package org.linkwork.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed sign-in at the page goes: a locked account is told so (and for how long it lasts is
 * on the page), anything else gets the one message that does not say whether the username exists.
 */
class SignInFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String outcome = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
