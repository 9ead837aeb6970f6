package org.linkwork.notifications.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.linkwork.notifications.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRecords {

    private final JdbcClient jdbc;

    NotificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String recipient, String kind, String message, String link) {
        jdbc.sql("insert into notification (recipient, kind, message, link) values (:recipient, :kind, :message, :link)")
                .param("recipient", recipient).param("kind", kind).param("message", message).param("link", link)
                .update();
    }

    List<Notification> of(String recipient, int limit) {
        return jdbc.sql("""
                select id, kind, message, link, created_at, read_at from notification
                where recipient = :recipient order by created_at desc, id desc limit :limit
                """)
                .param("recipient", recipient).param("limit", limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("message"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("read_at")).map(Timestamp::toInstant)))
                .list();
    }

    int unread(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :recipient and read_at is null")
                .param("recipient", recipient).query(Integer.class).single();
    }

    void markRead(String recipient, long id) {
        jdbc.sql("update notification set read_at = now() where id = :id and recipient = :recipient and read_at is null")
                .param("id", id).param("recipient", recipient).update();
    }

    void markAllRead(String recipient) {
        jdbc.sql("update notification set read_at = now() where recipient = :recipient and read_at is null")
                .param("recipient", recipient).update();
    }
}
