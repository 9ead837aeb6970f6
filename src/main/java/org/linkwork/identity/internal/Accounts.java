package org.linkwork.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user_account table.
 */
@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Account(CurrentUser user, String passwordHash, boolean enabled) {
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("""
                select id, username, display_name, role, place_id, organisation_id, password_hash, enabled
                from user_account where username = :username
                """)
                .param("username", username)
                .query((rs, row) -> new Account(
                        new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                                rs.getString("place_id"), Optional.ofNullable(rs.getString("organisation_id"))),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    List<String> usernamesOf(String placeId, Role role) {
        return jdbc.sql("select username from user_account where place_id = :place and role = :role and enabled order by username")
                .param("place", placeId).param("role", role.name()).query(String.class).list();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from user_account where username = :username")
                .param("username", username).query(Integer.class).single() > 0;
    }

    void insert(String username, String passwordHash, String displayName, Role role, String placeId,
            String organisationId, boolean demo) {
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, role, place_id, organisation_id, demo)
                values (:id, :username, :hash, :displayName, :role, :placeId, :organisationId, :demo)
                """)
                .param("id", UUID.randomUUID())
                .param("username", username)
                .param("hash", passwordHash)
                .param("displayName", displayName)
                .param("role", role.name())
                .param("placeId", placeId)
                .param("organisationId", organisationId)
                .param("demo", demo)
                .update();
    }

    /** Sets the account's email address unless it has one already. */
    void giveEmailIfNone(String username, String email) {
        jdbc.sql("update user_account set email = :email, updated_at = now(), version = version + 1 "
                        + "where username = :username and email is null")
                .param("email", email)
                .param("username", username)
                .update();
    }

    void assignOrganisation(String username, String organisationId) {
        jdbc.sql("update user_account set organisation_id = :org, updated_at = now(), version = version + 1 where username = :username")
                .param("org", organisationId)
                .param("username", username)
                .update();
    }
}
