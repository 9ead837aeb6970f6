package org.linkwork.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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

    /**
     * @param lockedUntil        set while consecutive failed sign-ins keep the account locked
     * @param failedSignIns      failed sign-ins since the last successful one
     * @param mustChangePassword the password was set by an administrator and is to be replaced
     */
    record Account(CurrentUser user, String passwordHash, boolean enabled, Optional<Instant> lockedUntil,
            int failedSignIns, boolean mustChangePassword) {
    }

    private static final String ACCOUNT_COLUMNS = """
            id, username, display_name, role, place_id, organisation_id, password_hash, enabled, locked_until,
            failed_sign_ins, must_change_password""";

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from user_account where username = :username")
                .param("username", username)
                .query((rs, row) -> account(rs))
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from user_account order by place_id, role, username")
                .query((rs, row) -> account(rs))
                .list();
    }

    private static Account account(ResultSet rs) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new Account(
                new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getString("place_id"), Optional.ofNullable(rs.getString("organisation_id"))),
                rs.getString("password_hash"), rs.getBoolean("enabled"),
                Optional.ofNullable(lockedUntil).map(Timestamp::toInstant), rs.getInt("failed_sign_ins"),
                rs.getBoolean("must_change_password"));
    }

    /**
     * Counts a failed sign-in, and locks the account when this failure reaches the limit.
     *
     * @return when the account is now locked until, if this failure locked it
     */
    Optional<Instant> countFailedSignIn(String username, int limit, Instant now, Duration lockFor) {
        return jdbc.sql("""
                update user_account
                set failed_sign_ins = failed_sign_ins + 1,
                    locked_until = case when failed_sign_ins + 1 >= :limit then :lockedUntil else locked_until end
                where username = :username
                returning case when failed_sign_ins >= :limit then locked_until end
                """)
                .param("username", username)
                .param("limit", limit)
                .param("lockedUntil", Timestamp.from(now.plus(lockFor)))
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(lockedUntil -> lockedUntil);
    }

    void recordSignIn(String username, Instant now) {
        jdbc.sql("""
                update user_account set failed_sign_ins = 0, locked_until = null, last_signed_in_at = :now
                where username = :username
                """)
                .param("username", username)
                .param("now", Timestamp.from(now))
                .update();
    }

    void unlock(String username) {
        jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null where username = :username")
                .param("username", username)
                .update();
    }

    /**
     * @param mustChange whether the account's owner is asked to choose another at their next sign-in
     *                   (true when an administrator set it)
     */
    void changePassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                update user_account
                set password_hash = :hash, must_change_password = :mustChange, password_changed_at = now(),
                    failed_sign_ins = 0, locked_until = null, updated_at = now(), version = version + 1
                where username = :username
                """)
                .param("username", username)
                .param("hash", passwordHash)
                .param("mustChange", mustChange)
                .update();
    }

    void changeAccess(String username, Role role, String placeId, String organisationId, boolean enabled) {
        jdbc.sql("""
                update user_account
                set role = :role, place_id = :placeId, organisation_id = :organisationId, enabled = :enabled,
                    updated_at = now(), version = version + 1
                where username = :username
                """)
                .param("username", username)
                .param("role", role.name())
                .param("placeId", placeId)
                .param("organisationId", organisationId)
                .param("enabled", enabled)
                .update();
    }

    Optional<String> emailOf(String username) {
        return jdbc.sql("select email from user_account where username = :username")
                .param("username", username)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(email -> email);
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
        insert(username, passwordHash, displayName, null, role, placeId, organisationId, demo, false);
    }

    void insert(String username, String passwordHash, String displayName, String email, Role role, String placeId,
            String organisationId, boolean demo, boolean mustChangePassword) {
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, email, role, place_id,
                                          organisation_id, demo, must_change_password)
                values (:id, :username, :hash, :displayName, :email, :role, :placeId, :organisationId, :demo,
                        :mustChange)
                """)
                .param("email", email)
                .param("mustChange", mustChangePassword)
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
