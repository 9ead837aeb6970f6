package org.linkwork.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwork.identity.Recipients;
import org.linkwork.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcRecipients implements Recipients {

    private final JdbcClient jdbc;

    JdbcRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Recipient> byUsername(String username) {
        return jdbc.sql("select username, role, email from user_account where username = :username and enabled")
                .param("username", username)
                .query((rs, row) -> recipient(rs.getString("username"), rs.getString("role"), rs.getString("email")))
                .optional();
    }

    @Override
    public List<Recipient> ofOrganisation(String organisationId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select username, role, email from user_account
                where organisation_id = :org and role in (:roles) and enabled order by username
                """)
                .param("org", organisationId)
                .param("roles", roles.stream().map(Role::name).toList())
                .query((rs, row) -> recipient(rs.getString("username"), rs.getString("role"), rs.getString("email")))
                .list();
    }

    private static Recipient recipient(String username, String role, String email) {
        return new Recipient(username, Role.valueOf(role),
                Optional.ofNullable(email).filter(e -> !e.isBlank()));
    }
}
