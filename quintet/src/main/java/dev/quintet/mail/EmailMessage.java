package dev.quintet.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * An email: Django's {@code EmailMessage}. Non-ASCII subjects and display names are encoded
 * (RFC 2047), the body is UTF-8; a newline in any header value raises {@link BadHeaderError}.
 *
 * <pre>{@code
 * new EmailMessage("Hello", "Body", "from@example.com", List.of("to@example.com"))
 *     .cc(List.of("boss@example.com")).replyTo(List.of("help@example.com"))
 *     .header("X-Tag", "welcome")
 *     .attach("report.csv", csvBytes, "text/csv")
 *     .send(settings);
 * }</pre>
 */
public class EmailMessage {
    /** An attached file. */
    public record Attachment(String filename, byte[] content, String mimetype) {
    }

    /** An alternative rendering of the body, such as HTML. */
    public record Alternative(String content, String mimetype) {
    }

    private final String subject;
    private final String body;
    private final String fromEmail;
    private final List<String> to;
    private List<String> cc = List.of();
    private List<String> bcc = List.of();
    private List<String> replyTo = List.of();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();
    /** The alternatives ({@link EmailMultiAlternatives}). */
    protected final List<Alternative> alternatives = new ArrayList<>();

    /** A message; {@code fromEmail} null uses {@code DEFAULT_FROM_EMAIL} when sent through {@link Mail}. */
    public EmailMessage(String subject, String body, String fromEmail, List<String> to) {
        this.subject = subject == null ? "" : subject;
        this.body = body == null ? "" : body;
        this.fromEmail = fromEmail;
        this.to = List.copyOf(to);
    }

    /** This message if it has a sender, else a copy sent from {@code defaultFrom}. */
    EmailMessage withDefaultFrom(String defaultFrom) {
        if (fromEmail != null) {
            return this;
        }
        EmailMessage copy = this instanceof EmailMultiAlternatives
                ? new EmailMultiAlternatives(subject, body, defaultFrom, to) : new EmailMessage(subject, body, defaultFrom, to);
        copy.cc = cc;
        copy.bcc = bcc;
        copy.replyTo = replyTo;
        copy.headers.putAll(headers);
        copy.attachments.addAll(attachments);
        copy.alternatives.addAll(alternatives);
        return copy;
    }

    /** Carbon copies. */
    public EmailMessage cc(List<String> addresses) {
        this.cc = List.copyOf(addresses);
        return this;
    }

    /** Blind copies: recipients, never in a header. */
    public EmailMessage bcc(List<String> addresses) {
        this.bcc = List.copyOf(addresses);
        return this;
    }

    /** {@code Reply-To}. */
    public EmailMessage replyTo(List<String> addresses) {
        this.replyTo = List.copyOf(addresses);
        return this;
    }

    /** An extra header. */
    public EmailMessage header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Attaches a file. */
    public EmailMessage attach(String filename, byte[] content, String mimetype) {
        attachments.add(new Attachment(filename, content.clone(), mimetype));
        return this;
    }

    /** The subject. */
    public String subject() {
        return subject;
    }

    /** The plain-text body. */
    public String body() {
        return body;
    }

    /** The sender. */
    public String fromEmail() {
        return fromEmail;
    }

    /** {@code To}. */
    public List<String> to() {
        return to;
    }

    /** {@code Cc}. */
    public List<String> cc() {
        return cc;
    }

    /** {@code Bcc}. */
    public List<String> bcc() {
        return bcc;
    }

    /** {@code Reply-To}. */
    public List<String> replyTo() {
        return replyTo;
    }

    /** The extra headers. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    /** The attachments. */
    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    /** The alternatives. */
    public List<Alternative> alternatives() {
        return List.copyOf(alternatives);
    }

    /** Everyone who receives it: to, cc and bcc (Django's {@code recipients()}). */
    public List<String> recipients() {
        List<String> all = new ArrayList<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        return all;
    }

    /** Sends it with the settings' back end; answers 1 when sent. */
    public int send(dev.quintet.conf.Settings settings) {
        return Mail.send(settings, List.of(this));
    }

    static void checkHeader(String name, String value) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new BadHeaderError("Header values can't contain newlines (got '" + value + "' for header '" + name + "')");
        }
    }

    /** The MIME message (sent from {@code webmaster@localhost} when it names no sender). */
    public MimeMessage message() {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            checkHeader("Subject", subject);
            m.setSubject(subject, "utf-8");
            String from = fromEmail != null ? fromEmail : "webmaster@localhost";
            checkHeader("From", from);
            m.setFrom(address(from));
            setAddresses(m, "To", to);
            setAddresses(m, "Cc", cc);
            setAddresses(m, "Reply-To", replyTo);
            boolean multipart = !attachments.isEmpty() || !alternatives.isEmpty();
            if (!multipart) {
                m.setText(body, "utf-8");
            } else {
                MimeMultipart content = new MimeMultipart(alternatives.isEmpty() ? "mixed" : "alternative");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, "utf-8");
                content.addBodyPart(text);
                for (Alternative alt : alternatives) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setContent(alt.content(), alt.mimetype() + "; charset=utf-8");
                    content.addBodyPart(part);
                }
                if (!attachments.isEmpty() && !alternatives.isEmpty()) {
                    MimeMultipart mixed = new MimeMultipart("mixed");
                    MimeBodyPart wrapper = new MimeBodyPart();
                    wrapper.setContent(content);
                    mixed.addBodyPart(wrapper);
                    content = mixed;
                }
                for (Attachment a : attachments) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mimetype())));
                    part.setFileName(a.filename());
                    content.addBodyPart(part);
                }
                m.setContent(content);
            }
            for (Map.Entry<String, String> h : headers.entrySet()) {
                checkHeader(h.getKey(), h.getValue());
                m.setHeader(h.getKey(), h.getValue());
            }
            m.saveChanges();
            return m;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the message: " + e.getMessage(), e);
        }
    }

    private static void setAddresses(MimeMessage m, String header, List<String> addresses) throws MessagingException {
        if (addresses.isEmpty()) {
            return;
        }
        List<InternetAddress> list = new ArrayList<>();
        for (String a : addresses) {
            checkHeader(header, a);
            list.add(address(a));
        }
        m.setHeader(header, InternetAddress.toString(list.toArray(InternetAddress[]::new)));
    }

    /** Parses {@code "Name <a@b>"} or {@code a@b}, encoding a non-ASCII name. */
    static InternetAddress address(String text) {
        try {
            InternetAddress parsed = new InternetAddress(text, true);
            if (parsed.getPersonal() != null) {
                return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "utf-8");
            }
            return parsed;
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new BadHeaderError("Invalid address: '" + text + "'");
        }
    }

    /** The message as RFC 822 text (what the console and file back ends write). */
    public String asString() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message().writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
