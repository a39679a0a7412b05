package io.lyceum.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Mail over real SMTP: the application sends to {@link SmtpServer}'s GreenMail. Use with
 * {@code @LyceumIntegrationTest}; all such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = SmtpServer.class)
public @interface SmtpMail {}
