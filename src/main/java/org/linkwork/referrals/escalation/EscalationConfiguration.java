package org.linkwork.referrals.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationConfiguration {

    @Bean
    WorkingDays workingDays(EscalationSettings settings, ResourceLoader resources) {
        try (InputStream in = resources.getResource(settings.bankHolidays()).getInputStream()) {
            return WorkingDays.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank holidays from " + settings.bankHolidays(), e);
        }
    }
}
