package io.lyceum.notification;

import io.lyceum.base.i18n.Translations;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mail from {@code classpath:mail/}: one layout per part ({@code layout.html},
 * {@code layout.txt}) around the kind's own body ({@code <kind>.html}, {@code <kind>.txt}), words
 * from the {@code mail.*} messages of the recipient's language. HTML is rendered in Thymeleaf's HTML
 * mode, which escapes every value ({@code th:text}, attributes), so names and titles arrive as text.
 */
@Component
class MailTemplates {

    private final Translations translations;
    private final TemplateEngine engine;

    MailTemplates(Translations translations) {
        this.translations = translations;
        this.engine = new TemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setMessageResolver(new BundleMessages(translations));
    }

    RenderedMail render(MailKind kind, MailModel model, Locale locale) {
        Locale language = Translations.supported(locale);
        Map<String, Object> variables = new HashMap<>(model.values());
        variables.put("brand", model.brand());
        variables.put("org", model.brand().name());
        variables.put("email", model.recipientEmail());
        variables.put("name", model.recipientName());
        variables.put("unsubscribeUrl", model.unsubscribeUrl());
        variables.put("lang", language.toLanguageTag());
        // Header lines never carry a line break (a name with one would start a header of its own).
        String subject = message("mail." + key(kind) + ".subject", language, args(subjectArgs(kind), variables))
                .replaceAll("[\\r\\n\\t]+", " ")
                .strip();
        variables.put("subject", subject);
        variables.put("reason", message("mail." + key(kind) + ".reason", language, args(reasonArgs(kind), variables)));
        variables.put("htmlBody", key(kind) + ".html");
        variables.put("textBody", key(kind) + ".txt");
        String html = engine.process("layout.html", new Context(language, variables));
        String text = engine.process("layout.txt", new Context(language, variables));
        return new RenderedMail(subject, html, text);
    }

    /** The kind's name in templates and message keys: COURSE_REMINDER → course-reminder. */
    static String key(MailKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The values a kind's subject line names, in the order of its message's arguments. */
    private static List<String> subjectArgs(MailKind kind) {
        return switch (kind) {
            case INVITATION -> List.of("inviter", "org");
            case PASSWORD_RESET, WELCOME, PAYMENT_FAILED -> List.of("org");
            case ENROLLMENT_CONFIRMED, COURSE_REMINDER, COURSE_COMPLETED -> List.of("course");
            case CERTIFICATE_EXPIRING -> List.of("course", "expiresOn");
            case PLAN_CHANGED -> List.of("org", "plan");
            case REQUIRED_TRAINING_DUE, REQUIRED_TRAINING_OVERDUE -> List.of("course", "dueOn");
            case SUBMISSION_TO_GRADE -> List.of("assignment", "learner", "timing");
            case GRADE_RELEASED -> List.of("assignment");
        };
    }

    /** The values of the footer's "why you get this" line. */
    private static List<String> reasonArgs(MailKind kind) {
        return switch (kind) {
            case INVITATION -> List.of("inviter", "email", "org");
            case PASSWORD_RESET -> List.of("email", "org");
            default -> List.of("org");
        };
    }

    private static Object[] args(List<String> names, Map<String, Object> variables) {
        return names.stream()
                .map(name -> {
                    Object value = variables.get(name);
                    if (value == null) {
                        throw new IllegalArgumentException("Mail needs a value for " + name);
                    }
                    return value;
                })
                .toArray();
    }

    private String message(String key, Locale language, Object... args) {
        return translations
                .find(key, language, args)
                .orElseThrow(() -> new IllegalStateException("No message " + key + " for " + language));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** {@code #{key(args)}} in templates: the app's bundles with ICU formatting, in the context's language. */
    private record BundleMessages(Translations translations) implements IMessageResolver {

        @Override
        public String getName() {
            return "lyceum-bundles";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(
                ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            return translations
                    .find(key, context.getLocale(), messageParameters == null ? new Object[0] : messageParameters)
                    .orElse(null);
        }

        @Override
        public String createAbsentMessageRepresentation(
                ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            // A template naming a message the bundles lack is a bug: fail the rendering, never mail "??key??".
            throw new IllegalStateException("No message " + key + " for " + context.getLocale());
        }
    }
}
