package org.linkwork.referrals;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with MockMvc, a clock the test moves ({@link TestClock}) and an SMTP server
 * that keeps what it is sent ({@link TestMail}). Every class so annotated shares one application
 * context; each test puts the clock back ({@link TestClock#reset()}) when it moved it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, TestMail.Configuration.class})
public @interface ClosedLoopTest {
}
