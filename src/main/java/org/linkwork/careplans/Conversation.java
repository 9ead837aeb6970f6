package org.linkwork.careplans;

import java.time.Instant;
import java.util.List;

/**
 * The "what matters to me" conversation as recorded: the person's own words, and what may get in their
 * way. Each time it is recorded again a new one is kept; earlier ones stay in the plan's history.
 *
 * @param number     1 for the first recording, then 2, …
 * @param recordedBy the username of who recorded it
 */
public record Conversation(int number, ConversationDetails details, Instant recordedAt, String recordedBy) {
}
