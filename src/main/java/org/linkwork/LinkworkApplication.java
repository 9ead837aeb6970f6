package org.linkwork;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Linkwork: place-based social prescribing and community support.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LinkworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinkworkApplication.class, args);
    }
}
