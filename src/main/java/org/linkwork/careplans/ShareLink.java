package org.linkwork.careplans;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A link that lets the person see their agreed plan without an account. The token itself is shown once,
 * when the link is made: only a hash of it is kept.
 *
 * @param views how many times the plan was opened through it
 */
public record ShareLink(UUID id, Instant createdAt, String createdBy, Instant expiresAt, Optional<Instant> revokedAt,
        Optional<String> revokedBy, Optional<Instant> lastViewedAt, int views) {

    public boolean isUsable(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    /**
     * A link just made, with its token: the only time the token is known.
     *
     * @param token the secret part of the link's address
     */
    public record Made(ShareLink link, String token) {
    }
}
