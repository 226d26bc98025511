package dev.quintet.mail;

import dev.quintet.conf.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code send_mail}, {@code send_mass_mail}, {@code mail_admins}, through the
 * {@code EMAIL_BACKEND} of the settings.
 *
 * <pre>{@code
 * Mail.sendMail(settings, "Subject", "Body", null, List.of("ada@example.com"));          // DEFAULT_FROM_EMAIL
 * Mail.sendMail(settings, "Subject", "Body", null, List.of("ada@example.com"), "<p>Body</p>");
 * Mail.mailAdmins(settings, "Disk full", "…");                                           // "[Django] Disk full"
 * }</pre>
 */
public final class Mail {
    private Mail() {
    }

    /** Sends {@code messages} with the settings' back end, filling in {@code DEFAULT_FROM_EMAIL}; answers how many were sent. */
    public static int send(Settings settings, List<EmailMessage> messages) {
        EmailSettings email = settings.email();
        List<EmailMessage> ready = new ArrayList<>(messages.size());
        for (EmailMessage m : messages) {
            ready.add(m.withDefaultFrom(email.defaultFromEmail()));
        }
        return email.backendInstance().sendMessages(ready);
    }

    /** One message to {@code recipients} (each sees all of them in {@code To}). */
    public static int sendMail(Settings settings, String subject, String message, String fromEmail, List<String> recipients) {
        return send(settings, List.of(new EmailMessage(subject, message, fromEmail, recipients)));
    }

    /** One message with an HTML alternative. */
    public static int sendMail(Settings settings, String subject, String message, String fromEmail,
                               List<String> recipients, String htmlMessage) {
        EmailMultiAlternatives m = new EmailMultiAlternatives(subject, message, fromEmail, recipients);
        if (htmlMessage != null) {
            m.attachAlternative(htmlMessage, "text/html");
        }
        return send(settings, List.of(m));
    }

    /** Several messages over one connection (Django's {@code send_mass_mail}). */
    public static int sendMassMail(Settings settings, List<EmailMessage> messages) {
        return send(settings, messages);
    }

    /** A message to {@code ADMINS}, from {@code SERVER_EMAIL}, subject prefixed with {@code EMAIL_SUBJECT_PREFIX}; none when no admins. */
    public static int mailAdmins(Settings settings, String subject, String message) {
        EmailSettings email = settings.email();
        if (email.admins().isEmpty()) {
            return 0;
        }
        return send(settings, List.of(new EmailMessage(email.subjectPrefix() + subject, message, email.serverEmail(),
                email.admins())));
    }
}
