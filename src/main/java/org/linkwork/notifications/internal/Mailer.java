package org.linkwork.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notification emails through Spring Mail ({@code spring.mail.host}, {@code spring.mail.port}, …).
 * Without a mail server configured, an email is skipped with a log line. A failure to send is logged
 * and does not undo what was notified in the app. Addresses are never logged.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** A line and a link, nothing else: the body never carries personal data. */
    void send(String to, String subject, String line, String path) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No mail server configured (spring.mail.host): a '{}' email was not sent", subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.notifications().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(line + "\n\n" + settings.link(path) + "\n\nSign in to Linkwork to see it.\n");
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("A '{}' email could not be sent: {}", subject, e.getMessage());
        }
    }
}
