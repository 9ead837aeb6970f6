package org.linkwork.identity.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One-way password hashing (bcrypt, with the algorithm named in the stored hash so that it can be
 * changed later; see {@link RecentlyVerifiedPasswords}), also needed by command-line tasks that run
 * without the web security.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RecentlyVerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
    }
}
