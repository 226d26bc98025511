package dev.quintet.mail;

import java.util.List;

/**
 * Where mail goes: Django's {@code EMAIL_BACKEND}. Built-ins: {@link SmtpEmailBackend} (the
 * default), {@link ConsoleEmailBackend}, {@link FileEmailBackend}, {@link LocmemEmailBackend}
 * (tests read its outbox).
 */
@FunctionalInterface
public interface EmailBackend {
    /** Sends the messages; answers how many were sent. */
    int sendMessages(List<EmailMessage> messages);
}
