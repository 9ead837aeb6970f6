package org.linkwork.identity.internal;

import java.util.List;
import org.linkwork.identity.Role;
import org.linkwork.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the well-known demo accounts, one a role, in demo mode only.
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-password";
    static final String DEMO_PLACE = "calderdale";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** @param email a fictional address (example.org), so that demo notifications have somewhere to go */
    private record Demo(String username, String displayName, Role role, String email) {
    }

    private static final List<Demo> DEMO_USERS = List.of(
            new Demo("admin", "Alex Admin (demo)", Role.ADMIN, "admin@example.org"),
            new Demo("linkworker", "Lee Linkworker (demo)", Role.LINK_WORKER, "linkworker@example.org"),
            new Demo("provider", "Pat Provider (demo)", Role.PROVIDER, "provider@example.org"),
            new Demo("commissioner", "Chris Commissioner (demo)", Role.COMMISSIONER, "commissioner@example.org"),
            new Demo("referrer", "Dr Rita Referrer (demo)", Role.REFERRER, "referrer@example.org"));

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(DemoMode demoMode, Accounts accounts, PasswordEncoder passwordEncoder) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        for (Demo demo : DEMO_USERS) {
            if (!accounts.exists(demo.username())) {
                accounts.insert(demo.username(), passwordEncoder.encode(DEMO_PASSWORD), demo.displayName(),
                        demo.role(), DEMO_PLACE, null, true);
                log.info("Created demo account '{}' ({})", demo.username(), demo.role());
            }
            accounts.giveEmailIfNone(demo.username(), demo.email());
        }
    }
}
