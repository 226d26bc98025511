package dev.quintet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SMTP back end against {@link SmtpTestServer} on a real socket, with a certificate made for the test. */
class SmtpEmailBackendTest {
    static final SelfSignedCertificate CERT = new SelfSignedCertificate();
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    SmtpTestServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    SmtpTestServer start(UnaryOperator<SmtpTestServer.Options> options) throws IOException {
        server = new SmtpTestServer(options.apply(SmtpTestServer.Options.plain(CERT.serverContext())));
        return server;
    }

    EmailSettings settings(boolean tls, boolean ssl) {
        return EmailSettings.DEFAULTS.withHost(server.host(), server.port()).withCredentials("mailer", "s3cret")
                .withSecurity(tls, ssl, TIMEOUT).withSslContext(CERT.clientContext());
    }

    static EmailMessage message() {
        return new EmailMessage("Réunion lundi", "Bonjour Ada,\n.leading dot\nÀ lundi.", "Site <site@example.com>",
                List.of("Ada <ada@example.com>")).cc(List.of("bob@example.com")).bcc(List.of("secret@example.com"))
                .header("X-Campaign", "nov");
    }

    @Test
    void sendsOverStartTlsAndAuthenticatesOnlyAfterIt() throws IOException {
        start(o -> o);
        assertThat(new SmtpEmailBackend(settings(true, false)).sendMessages(List.of(message()))).isEqualTo(1);
        SmtpTestServer.Received got = server.messages().getFirst();
        assertThat(got.overTls()).isTrue();
        assertThat(got.from()).isEqualTo("site@example.com");
        assertThat(got.recipients()).containsExactly("ada@example.com", "bob@example.com", "secret@example.com");
        assertThat(got.data()).contains("Subject: =?utf-8?", "From: Site <site@example.com>",
                "To: Ada <ada@example.com>", "Cc: bob@example.com", "X-Campaign: nov").doesNotContain("secret@example.com");
        assertThat(got.data().split("\r\n\r\n", 2)[1]).contains(".leading dot");
        assertThat(server.logins()).containsExactly(new SmtpTestServer.Login("LOGIN", "mailer", "s3cret", true, true));
        List<String> commands = server.commands();
        assertThat(commands.indexOf("STARTTLS")).isPositive()
                .isLessThan(indexOfPrefix(commands, "AUTH")).isLessThan(indexOfPrefix(commands, "MAIL FROM"));
    }

    @ParameterizedTest(name = "AUTH {0}")
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void authenticatesWithTheMechanismOffered(String mechanism) throws IOException {
        start(o -> o.onlyAuth(mechanism));
        new SmtpEmailBackend(settings(true, false)).sendMessages(List.of(message()));
        assertThat(server.logins()).containsExactly(new SmtpTestServer.Login(mechanism, "mailer", "s3cret", true, true));
    }

    @Test
    void sendsOverImplicitTls() throws IOException {
        start(SmtpTestServer.Options::implicit);
        assertThat(new SmtpEmailBackend(settings(false, true)).sendMessages(List.of(message(), message()))).isEqualTo(2);
        assertThat(server.messages()).hasSize(2).allMatch(SmtpTestServer.Received::overTls);
        assertThat(server.logins()).singleElement().extracting(SmtpTestServer.Login::overTls).isEqualTo(true);
    }

    @Test
    void withoutTlsSettingsSendsInPlainText() throws IOException {
        start(o -> o);
        EmailSettings plain = EmailSettings.DEFAULTS.withHost(server.host(), server.port()).withSecurity(false, false, TIMEOUT);
        assertThat(new SmtpEmailBackend(plain).sendMessages(List.of(message()))).isEqualTo(1);
        assertThat(server.messages().getFirst().overTls()).isFalse();
        assertThat(server.commands()).doesNotContain("STARTTLS");
    }

    static Stream<Arguments> startTlsImpossible() {
        return Stream.of(
                Arguments.of("server does not offer STARTTLS",
                        (UnaryOperator<SmtpTestServer.Options>) SmtpTestServer.Options::withoutStartTls),
                Arguments.of("server answers STARTTLS with 454",
                        (UnaryOperator<SmtpTestServer.Options>) SmtpTestServer.Options::failingStartTls));
    }

    @ParameterizedTest(name = "{0}: refused, nothing sent in plain text")
    @MethodSource("startTlsImpossible")
    void refusesToGoOnInPlainText(String name, UnaryOperator<SmtpTestServer.Options> options) throws IOException {
        start(options);
        assertThatThrownBy(() -> new SmtpEmailBackend(settings(true, false)).sendMessages(List.of(message())))
                .isInstanceOf(SmtpEmailBackend.MailException.class)
                .hasMessageContaining("SMTP " + server.host() + ":" + server.port())
                .hasMessageContaining("EMAIL_USE_TLS is set but the connection could not be upgraded with STARTTLS")
                .hasMessageContaining("nothing was sent in plain text");
        assertThat(server.logins()).isEmpty();
        assertThat(server.messages()).isEmpty();
        assertThat(server.commands()).noneMatch(c -> c.startsWith("AUTH") || c.startsWith("MAIL"));
    }

    @ParameterizedTest(name = "{0}: fail_silently answers 0")
    @MethodSource("startTlsImpossible")
    void failSilentlySwallowsTheRefusal(String name, UnaryOperator<SmtpTestServer.Options> options) throws IOException {
        start(options);
        assertThat(new SmtpEmailBackend(settings(true, false), true).sendMessages(List.of(message()))).isZero();
        assertThat(server.messages()).isEmpty();
    }

    @Test
    void anUntrustedCertificateIsRefused() throws IOException {
        start(o -> o);
        EmailSettings jvmTrust = EmailSettings.DEFAULTS.withHost(server.host(), server.port())
                .withCredentials("mailer", "s3cret").withSecurity(true, false, TIMEOUT);
        assertThatThrownBy(() -> new SmtpEmailBackend(jvmTrust).sendMessages(List.of(message())))
                .isInstanceOf(SmtpEmailBackend.MailException.class)
                .hasMessageContaining("could not be upgraded with STARTTLS").hasMessageContaining("nothing was sent");
        assertThat(server.logins()).isEmpty();
        assertThat(server.messages()).isEmpty();
    }

    @Test
    void theTimeoutBoundsAServerThatNeverAnswers() throws IOException {
        start(SmtpTestServer.Options::neverAnswering);
        EmailSettings quick = EmailSettings.DEFAULTS.withHost(server.host(), server.port())
                .withSecurity(false, false, Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThatThrownBy(() -> new SmtpEmailBackend(quick).sendMessages(List.of(message())))
                .isInstanceOf(SmtpEmailBackend.MailException.class).hasMessageContaining("SMTP " + server.host());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(new SmtpEmailBackend(quick, true).sendMessages(List.of(message()))).isZero();
    }

    static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
