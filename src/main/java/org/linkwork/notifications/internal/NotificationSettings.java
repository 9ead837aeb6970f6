package org.linkwork.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl where people reach Linkwork ({@code linkwork.base-url}): links in emails start with it
 * @param from    the sender of notification emails ({@code linkwork.notifications.from})
 */
@ConfigurationProperties("linkwork")
record NotificationSettings(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Notifications notifications) {

    record Notifications(@DefaultValue("Linkwork <no-reply@localhost>") String from) {
    }

    String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }
}
