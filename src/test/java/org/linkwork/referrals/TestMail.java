package org.linkwork.referrals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * GreenMail, a real SMTP server in the test JVM on a free port, and the application's mail sender
 * pointed at it, as {@code spring.mail.host} and {@code spring.mail.port} would point it at a real one.
 */
public final class TestMail {

    private TestMail() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean(destroyMethod = "stop")
        GreenMail greenMail() {
            GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            return greenMail;
        }

        @Bean
        JavaMailSender mailSender(GreenMail greenMail) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(greenMail.getSmtp().getPort());
            return sender;
        }
    }
}
