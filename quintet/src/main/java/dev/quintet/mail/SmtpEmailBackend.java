package dev.quintet.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends through an SMTP server with Jakarta Mail: Django's {@code smtp} back end. With
 * {@code EMAIL_USE_TLS} the connection must upgrade with STARTTLS before anything else — the
 * credentials included — is sent: if the server does not offer STARTTLS, or the upgrade fails,
 * sending stops with a {@link MailException} saying so rather than going on in plain text.
 * {@code EMAIL_USE_SSL} connects with TLS from the start. Both verify the server's certificate
 * (against {@link EmailSettings#sslContext()} when set) and host name. {@code EMAIL_TIMEOUT}
 * bounds connecting, reading and writing. One connection carries every message of a call.
 * With {@code failSilently} (Django's {@code fail_silently=True}) failures are swallowed and
 * the count of messages sent so far is answered.
 */
public final class SmtpEmailBackend implements EmailBackend {
    private final EmailSettings settings;
    private final boolean failSilently;

    /** A back end for the settings' server that raises on failure. */
    public SmtpEmailBackend(EmailSettings settings) {
        this(settings, false);
    }

    /** A back end for the settings' server; {@code failSilently} swallows failures as Django's. */
    public SmtpEmailBackend(EmailSettings settings, boolean failSilently) {
        this.settings = settings;
        this.failSilently = failSilently;
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
            if (settings.sslContext() != null) {
                // Jakarta Mail uses this factory both for implicit TLS and for the STARTTLS upgrade.
                props.put(p + "ssl.socketFactory", settings.sslContext().getSocketFactory());
            }
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
            connect(transport);
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
        } catch (MessagingException | MailException e) {
            if (failSilently) {
                return sent;
            }
            throw e instanceof MailException me ? me : new MailException(where() + e.getMessage(), e);
        }
        return sent;
    }

    private void connect(Transport transport) throws MessagingException {
        try {
            if (settings.hostUser().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(settings.host(), settings.port(), settings.hostUser(), settings.hostPassword());
            }
        } catch (MessagingException e) {
            if (settings.useTls() && startTlsFailed(transport, e)) {
                throw new MailException(where() + "EMAIL_USE_TLS is set but the connection could not be upgraded"
                        + " with STARTTLS (" + e.getMessage().strip() + "); nothing was sent in plain text", e);
            }
            throw e;
        }
    }

    /**
     * Whether connecting failed at the STARTTLS step: Jakarta Mail says so when the server does
     * not offer it; a failed handshake is an {@link SSLException}; a server that offered STARTTLS
     * and refused it (454) leaves a plain connection that is not an I/O or login failure.
     */
    private static boolean startTlsFailed(Transport transport, MessagingException e) {
        boolean io = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException
                    || (t.getMessage() != null && t.getMessage().toUpperCase(Locale.ROOT).contains("STARTTLS"))) {
                return true;
            }
            io |= t instanceof IOException;
        }
        return !io && !(e instanceof AuthenticationFailedException) && transport instanceof SMTPTransport smtp
                && smtp.supportsExtension("STARTTLS") && !smtp.isSSL();
    }

    private String where() {
        return "SMTP " + settings.host() + ":" + settings.port() + ": ";
    }

    /** Sending failed: the server refused, the connection failed, or STARTTLS was not possible. */
    public static final class MailException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
