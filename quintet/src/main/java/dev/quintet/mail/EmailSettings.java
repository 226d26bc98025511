package dev.quintet.mail;

import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Django's {@code EMAIL_*} settings with Django's defaults ({@link #DEFAULTS}); set them with
 * {@code Settings.builder().email(EmailSettings.DEFAULTS.withHost("smtp.example.com", 587).withTls(true))}.
 *
 * @param backend          {@code EMAIL_BACKEND}; null means SMTP with these settings
 * @param host             {@code EMAIL_HOST}, {@code localhost}
 * @param port             {@code EMAIL_PORT}, 25
 * @param hostUser         {@code EMAIL_HOST_USER}, empty: no authentication
 * @param hostPassword     {@code EMAIL_HOST_PASSWORD}
 * @param useTls           {@code EMAIL_USE_TLS}: STARTTLS, required once asked for
 * @param useSsl           {@code EMAIL_USE_SSL}: implicit TLS (port 465)
 * @param timeout          {@code EMAIL_TIMEOUT}, null: none
 * @param defaultFromEmail {@code DEFAULT_FROM_EMAIL}, {@code webmaster@localhost}
 * @param serverEmail      {@code SERVER_EMAIL}, {@code root@localhost}
 * @param subjectPrefix    {@code EMAIL_SUBJECT_PREFIX}, {@code [Django] }
 * @param admins           {@code ADMINS}: addresses for {@link Mail#mailAdmins}
 * @param sslContext       whom TLS connections trust (and the client certificate, Django's
 *                         {@code EMAIL_SSL_CERTFILE}/{@code KEYFILE}, if its key managers hold one);
 *                         null: the JVM's default trust store
 */
public record EmailSettings(EmailBackend backend, String host, int port, String hostUser, String hostPassword,
                            boolean useTls, boolean useSsl, Duration timeout, String defaultFromEmail,
                            String serverEmail, String subjectPrefix, List<String> admins, SSLContext sslContext) {
    /** Django's defaults. */
    public static final EmailSettings DEFAULTS = new EmailSettings(null, "localhost", 25, "", "", false, false, null,
            "webmaster@localhost", "root@localhost", "[Django] ", List.of(), null);

    /** Validates. */
    public EmailSettings {
        if (useTls && useSsl) {
            throw new IllegalArgumentException("EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set one of those settings to True.");
        }
        admins = List.copyOf(admins);
    }

    /** The back end to use. */
    public EmailBackend backendInstance() {
        return backend != null ? backend : new SmtpEmailBackend(this);
    }

    /** With {@code EMAIL_BACKEND}. */
    public EmailSettings withBackend(EmailBackend b) {
        return new EmailSettings(b, host, port, hostUser, hostPassword, useTls, useSsl, timeout, defaultFromEmail,
                serverEmail, subjectPrefix, admins, sslContext);
    }

    /** With {@code EMAIL_HOST} and {@code EMAIL_PORT}. */
    public EmailSettings withHost(String h, int p) {
        return new EmailSettings(backend, h, p, hostUser, hostPassword, useTls, useSsl, timeout, defaultFromEmail,
                serverEmail, subjectPrefix, admins, sslContext);
    }

    /** With {@code EMAIL_HOST_USER} and {@code EMAIL_HOST_PASSWORD}. */
    public EmailSettings withCredentials(String user, String password) {
        return new EmailSettings(backend, host, port, user, password, useTls, useSsl, timeout, defaultFromEmail,
                serverEmail, subjectPrefix, admins, sslContext);
    }

    /** With {@code EMAIL_USE_TLS} / {@code EMAIL_USE_SSL} and {@code EMAIL_TIMEOUT}. */
    public EmailSettings withSecurity(boolean tls, boolean ssl, Duration t) {
        return new EmailSettings(backend, host, port, hostUser, hostPassword, tls, ssl, t, defaultFromEmail,
                serverEmail, subjectPrefix, admins, sslContext);
    }

    /** With {@code DEFAULT_FROM_EMAIL}, {@code SERVER_EMAIL}, {@code EMAIL_SUBJECT_PREFIX} and {@code ADMINS}. */
    public EmailSettings withAddresses(String from, String server, String prefix, List<String> adminList) {
        return new EmailSettings(backend, host, port, hostUser, hostPassword, useTls, useSsl, timeout, from, server,
                prefix, adminList, sslContext);
    }

    /**
     * With the TLS context for {@code EMAIL_USE_TLS}/{@code EMAIL_USE_SSL}: its trust managers decide
     * which server certificates are accepted (a private CA, a pinned self-signed certificate), its
     * key managers supply a client certificate. The server's host name is still verified.
     */
    public EmailSettings withSslContext(SSLContext context) {
        return new EmailSettings(backend, host, port, hostUser, hostPassword, useTls, useSsl, timeout, defaultFromEmail,
                serverEmail, subjectPrefix, admins, context);
    }
}
