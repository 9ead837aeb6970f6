package org.linkwork.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists guessing.
 *
 * @param failuresBeforeLockout consecutive failed sign-ins that lock an account
 * @param lockout               how long such a lock lasts (an administrator can lift it sooner)
 * @param failuresPerAddress    failed sign-ins one network address may make within {@code addressWindow},
 *                              whichever accounts they were for, before its attempts are refused
 * @param addressWindow         the window those failures are counted in
 */
@ConfigurationProperties("linkwork.identity.sign-in")
public record SignInProtectionSettings(
        @DefaultValue("5") int failuresBeforeLockout,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration addressWindow) {
}
