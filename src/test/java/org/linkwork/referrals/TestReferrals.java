package org.linkwork.referrals;

import java.time.LocalDate;
import org.linkwork.people.TestPeople;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fictional referrals for tests: people with test-range NHS numbers and dates of birth of their own.
 */
public final class TestReferrals {

    private TestReferrals() {
    }

    /** A referral request of the JSON API for a new fictional person. */
    public static String referralJson(String givenName) {
        return referralJson(givenName, TestPeople.birthDate(), TestPeople.nhsNumber(), true);
    }

    public static String referralJson(String givenName, LocalDate birthDate, String nhsNumber, boolean consent) {
        return """
                {"person": {"givenName": "%s", "familyName": "Quillfeather", "birthDate": "%s",
                            "nhsNumber": "%s", "postcode": "HX1 1UJ", "phone": "01632 960 123",
                            "email": "someone@example.com"},
                 "source": "gp", "reason": "Lonely since moving, and would like to walk more",
                 "needs": ["walking", "loneliness-social-connection"], "urgency": "routine", "consent": %s}
                """.formatted(givenName, birthDate, nhsNumber, consent);
    }

    /** Signs in on this thread, as a request would, for calling the module directly. */
    public static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
