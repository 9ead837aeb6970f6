package org.linkwork.notifications.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class MailerTests {

    @Test
    void withoutAMailServerAnEmailIsSkippedNotFailed() {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new NotificationSettings("http://localhost:8080", new NotificationSettings.Notifications("a@localhost")));

        assertThatCode(() -> mailer.send("provider@example.org", "New referral in Linkwork",
                "You have a new referral in Linkwork.", "/provider/referrals/1")).doesNotThrowAnyException();
    }
}
