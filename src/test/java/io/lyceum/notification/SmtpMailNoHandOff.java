package io.lyceum.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link SmtpMail} with the after-commit hand-off switched off, as if every node crashed between a
 * commit and its dispatch: mail goes only when a test drains the outbox or runs the poller.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = SmtpServer.class)
@TestPropertySource(properties = "lyceum.mail.dispatch-after-commit=false")
public @interface SmtpMailNoHandOff {}
