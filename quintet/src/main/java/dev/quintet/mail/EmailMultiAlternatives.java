package dev.quintet.mail;

import java.util.List;

/**
 * A message with alternative bodies, typically HTML next to the plain text: Django's
 * {@code EmailMultiAlternatives}.
 *
 * <pre>{@code
 * var msg = new EmailMultiAlternatives("Hi", "plain text", null, List.of("a@example.com"));
 * msg.attachAlternative("<p>rich <b>text</b></p>", "text/html");
 * msg.send(settings);
 * }</pre>
 */
public class EmailMultiAlternatives extends EmailMessage {
    /** A message; add alternatives with {@link #attachAlternative}. */
    public EmailMultiAlternatives(String subject, String body, String fromEmail, List<String> to) {
        super(subject, body, fromEmail, to);
    }

    /** Adds an alternative body. */
    public EmailMultiAlternatives attachAlternative(String content, String mimetype) {
        alternatives.add(new Alternative(content, mimetype));
        return this;
    }
}
