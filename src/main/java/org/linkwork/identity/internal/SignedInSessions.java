package org.linkwork.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What the signed-in session knows about its account, kept true after the account's owner changes
 * their password (so that the session stops asking them to).
 */
@Component
public class SignedInSessions {

    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    public boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                && user.mustChangePassword();
    }

    public void passwordChanged(Authentication authentication, String newHash, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof AccountUser user)) {
            return;
        }
        AccountUser changed = user.withPasswordChanged(newHash);
        UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(
                changed, null, changed.getAuthorities());
        replaced.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        sessionContexts.saveContext(context, request, response);
    }
}
