package dev.quintet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.conf.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailTest {
    final LocmemEmailBackend outbox = new LocmemEmailBackend();
    final Settings settings = Settings.builder().email(EmailSettings.DEFAULTS.withBackend(outbox)
            .withAddresses("site@example.com", "server@example.com", "[Site] ", List.of("Admin <admin@example.com>"))).build();

    @Test
    void sendMailUsesTheDefaultSender() {
        assertThat(Mail.sendMail(settings, "Hi", "Body", null, List.of("ada@example.com"))).isEqualTo(1);
        EmailMessage sent = outbox.outbox().getFirst();
        assertThat(sent.fromEmail()).isEqualTo("site@example.com");
        assertThat(sent.asString()).contains("Subject: Hi", "From: site@example.com", "To: ada@example.com", "Body");
    }

    @Test
    void mailAdminsPrefixesTheSubject() {
        Mail.mailAdmins(settings, "Disk full", "90%");
        EmailMessage sent = outbox.outbox().getFirst();
        assertThat(sent.subject()).isEqualTo("[Site] Disk full");
        assertThat(sent.fromEmail()).isEqualTo("server@example.com");
        assertThat(sent.to()).containsExactly("Admin <admin@example.com>");
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("non-ASCII subject is RFC 2047", (Consumer<EmailMessage>) m -> { },
                        new EmailMessage("Grüße ☃", "é", "Zoë <zoe@example.com>", List.of("a@example.com")),
                        List.of("Subject: =?utf-8?", "From: =?utf-8?", "<zoe@example.com>")),
                Arguments.of("cc, reply-to and headers", (Consumer<EmailMessage>) m -> m.cc(List.of("c@example.com"))
                                .replyTo(List.of("r@example.com")).header("X-Tag", "t1").bcc(List.of("hidden@example.com")),
                        new EmailMessage("S", "B", "f@example.com", List.of("a@example.com")),
                        List.of("Cc: c@example.com", "Reply-To: r@example.com", "X-Tag: t1")),
                Arguments.of("HTML alternative and attachment", (Consumer<EmailMessage>) m -> m.attach("r.csv",
                                "a,b".getBytes(StandardCharsets.UTF_8), "text/csv"),
                        new EmailMultiAlternatives("S", "plain", "f@example.com", List.of("a@example.com"))
                                .attachAlternative("<p>rich</p>", "text/html"),
                        List.of("multipart/mixed", "multipart/alternative", "text/html", "<p>rich</p>", "filename=r.csv")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void messagesAreBuiltAsDjangoBuildsThem(String name, Consumer<EmailMessage> shape, EmailMessage message, List<String> parts) {
        shape.accept(message);
        String text = message.asString();
        assertThat(text).contains(parts);
        assertThat(text).doesNotContain("hidden@example.com");
        assertThat(message.recipients()).contains("a@example.com");
    }

    static Stream<Arguments> injections() {
        return Stream.of(
                Arguments.of("subject", new EmailMessage("Hi\nBcc: evil@example.com", "b", "f@example.com", List.of("a@example.com"))),
                Arguments.of("header", new EmailMessage("Hi", "b", "f@example.com", List.of("a@example.com")).header("X-A", "1\r\nX-B: 2")),
                Arguments.of("recipient", new EmailMessage("Hi", "b", "f@example.com", List.of("a@example.com\nBcc: e@x.com"))));
    }

    @ParameterizedTest(name = "newline in the {0}")
    @MethodSource("injections")
    void headerInjectionIsRefused(String name, EmailMessage message) {
        assertThatThrownBy(() -> Mail.send(settings, List.of(message))).isInstanceOf(BadHeaderError.class)
                .hasMessageContaining("Header values can't contain newlines");
        assertThat(outbox.outbox()).isEmpty();
    }

    @Test
    void consoleAndFileBackends(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsoleEmailBackend(new PrintStream(out, true, StandardCharsets.UTF_8))
                .sendMessages(List.of(new EmailMessage("S", "Body", "f@example.com", List.of("a@example.com"))));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Subject: S", "Body", "-".repeat(79));
        new FileEmailBackend(dir).sendMessages(List.of(new EmailMessage("S", "Body", "f@example.com", List.of("a@example.com"))));
        try (var files = Files.list(dir)) {
            assertThat(Files.readString(files.findFirst().orElseThrow())).contains("Subject: S");
        }
    }

    @Test
    void smtpRequiresStartTlsAndHasTimeouts() {
        var tls = new SmtpEmailBackend(EmailSettings.DEFAULTS.withHost("smtp.example.com", 587)
                .withSecurity(true, false, Duration.ofSeconds(10))).properties();
        assertThat(tls).containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.timeout", "10000").containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.host", "smtp.example.com").containsEntry("mail.smtp.port", "587");
        var ssl = new SmtpEmailBackend(EmailSettings.DEFAULTS.withHost("smtp.example.com", 465)
                .withSecurity(false, true, null)).properties();
        assertThat(ssl).containsEntry("mail.smtps.port", "465").doesNotContainKey("mail.smtp.starttls.enable");
        assertThatThrownBy(() -> EmailSettings.DEFAULTS.withSecurity(true, true, null))
                .hasMessageContaining("mutually exclusive");
    }

    @Test
    void smtpFailureIsReported() {
        var backend = new SmtpEmailBackend(EmailSettings.DEFAULTS.withHost("127.0.0.1", 1)
                .withSecurity(true, false, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> backend.sendMessages(List.of(new EmailMessage("S", "B", "f@example.com", List.of("a@example.com")))))
                .isInstanceOf(SmtpEmailBackend.MailException.class).hasMessageContaining("127.0.0.1:1");
    }
}
