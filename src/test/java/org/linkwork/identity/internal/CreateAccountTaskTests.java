package org.linkwork.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CreateAccountTaskTests {

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsTheFirstAdministratorWithThePasswordFromTheEnvironment() {
        int exit = task(Map.of("LINKWORK_NEW_ACCOUNT_PASSWORD", "first admin of the borough"))
                .run(List.of("first.admin", "admin", "kirklees"));
        assertThat(exit).isZero();
        assertThat(jdbc.sql("select role || ' ' || place_id || ' ' || must_change_password from user_account "
                + "where username = 'first.admin'").query(String.class).single()).isEqualTo("ADMIN kirklees true");
    }

    @Test
    void refusesWithoutAPasswordOrWithAWeakOneAndCreatesNothing() {
        assertThat(task(Map.of()).run(List.of("no.password", "admin", "kirklees"))).isEqualTo(CreateAccountTask.USAGE);
        assertThat(task(Map.of("LINKWORK_NEW_ACCOUNT_PASSWORD", "Password1234"))
                .run(List.of("weak.password", "admin", "kirklees"))).isEqualTo(CreateAccountTask.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("LINKWORK_NEW_ACCOUNT_PASSWORD", "harder to guess");
        assertThat(jdbc.sql("select count(*) from user_account where username in ('no.password', 'weak.password')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void refusesAnUnknownRole() {
        assertThat(task(Map.of("LINKWORK_NEW_ACCOUNT_PASSWORD", "first admin of the borough"))
                .run(List.of("someone", "superuser", "kirklees"))).isEqualTo(CreateAccountTask.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no role superuser");
    }

    private CreateAccountTask task(Map<String, String> environment) {
        return new CreateAccountTask(administration, environment::get, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
