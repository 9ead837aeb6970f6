package org.linkwork.careplans.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CarePlanSettings.class)
class CarePlansConfiguration {
}
