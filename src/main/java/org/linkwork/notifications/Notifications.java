package org.linkwork.notifications;

import java.util.List;

/** The signed-in user's notifications. */
public interface Notifications {

    /** Newest first, at most {@code limit}. */
    List<Notification> mine(int limit);

    int unreadCount();

    /** Marks one of the user's notifications read; another user's is left alone. */
    void markRead(long id);

    void markAllRead();
}
