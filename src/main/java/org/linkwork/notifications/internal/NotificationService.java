package org.linkwork.notifications.internal;

import java.util.List;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Users;
import org.linkwork.notifications.Notification;
import org.linkwork.notifications.Notifications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class NotificationService implements Notifications {

    private final NotificationRecords records;
    private final Users users;

    NotificationService(NotificationRecords records, Users users) {
        this.records = records;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return records.of(me(), Math.max(1, Math.min(limit, 500)));
    }

    @Override
    @Transactional(readOnly = true)
    public int unreadCount() {
        return users.current().map(u -> records.unread(u.username())).orElse(0);
    }

    @Override
    public void markRead(long id) {
        records.markRead(me(), id);
    }

    @Override
    public void markAllRead() {
        records.markAllRead(me());
    }

    private String me() {
        return users.current().map(CurrentUser::username)
                .orElseThrow(() -> new AccessDeniedException("Sign in to see your notifications"));
    }
}
