package org.linkwork.notifications;

import java.time.Instant;
import java.util.Optional;

/**
 * Something a user was told about, in the app.
 *
 * @param link a path in Linkwork ("/provider/referrals/…") where the user can see more
 */
public record Notification(long id, String kind, String message, String link, Instant createdAt,
        Optional<Instant> readAt) {

    public boolean isRead() {
        return readAt.isPresent();
    }
}
