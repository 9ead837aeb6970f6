package org.linkwork.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

    /**
     * {@code linkwork.demo} decides; when it is not set, demo mode follows the embedded database,
     * because a deployment on a real server must never get well-known passwords by accident.
     */
    @Bean
    DemoMode demoMode(Environment environment) {
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        return new DemoMode(environment.getProperty("linkwork.demo", Boolean.class, embedded));
    }
}
