package dev.quintet.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sends through an SMTP server with Jakarta Mail: Django's {@code smtp} back end. With
 * {@code EMAIL_USE_TLS} the connection must upgrade with STARTTLS — if the server does not
 * offer it, sending fails rather than going on in plain text; {@code EMAIL_USE_SSL} connects
 * with TLS from the start. {@code EMAIL_TIMEOUT} bounds connecting, reading and writing. One
 * connection carries every message of a call.
 */
public final class SmtpEmailBackend implements EmailBackend {
    private final EmailSettings settings;

    /** A back end for the settings' server. */
    public SmtpEmailBackend(EmailSettings settings) {
        this.settings = settings;
    }

    /** The Jakarta Mail properties this back end connects with. */
    public Properties properties() {
        String p = settings.useSsl() ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", Integer.toString(settings.port()));
        props.put(p + "auth", Boolean.toString(!settings.hostUser().isEmpty()));
        if (settings.useTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.useTls() || settings.useSsl()) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        if (settings.timeout() != null) {
            String ms = Long.toString(settings.timeout().toMillis());
            props.put(p + "connectiontimeout", ms);
            props.put(p + "timeout", ms);
            props.put(p + "writetimeout", ms);
        }
        return props;
    }

    @Override
    public int sendMessages(List<EmailMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        Session session = Session.getInstance(properties());
        int sent = 0;
        try (Transport transport = session.getTransport(settings.useSsl() ? "smtps" : "smtp")) {
            if (settings.hostUser().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(settings.host(), settings.port(), settings.hostUser(), settings.hostPassword());
            }
            for (EmailMessage m : messages) {
                if (m.recipients().isEmpty()) {
                    continue;
                }
                MimeMessage mime = m.message();
                List<Address> to = new ArrayList<>();
                for (String r : m.recipients()) {
                    to.add(EmailMessage.address(r));
                }
                transport.sendMessage(mime, to.toArray(Address[]::new));
                sent++;
            }
        } catch (MessagingException e) {
            throw new MailException("SMTP " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return sent;
    }

    /** Sending failed: the server refused, the connection failed, or STARTTLS was not possible. */
    public static final class MailException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
