package org.linkwork.notifications.web;

import org.linkwork.notifications.Notifications;
import org.springframework.stereotype.Component;

/** The page header's count of unread notifications ({@code ${@notificationBell.unread()}} in the layout). */
@Component("notificationBell")
public class NotificationBell {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Unread notifications of the signed-in user; 0 when no one is signed in. */
    public int unread() {
        return notifications.unreadCount();
    }
}
