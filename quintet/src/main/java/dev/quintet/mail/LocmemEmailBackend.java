package dev.quintet.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps messages in memory: Django's {@code locmem} back end and {@code mail.outbox}. Tests
 * set it as the back end and read {@link #outbox()}; messages are built (headers checked) as
 * a real back end would.
 */
public final class LocmemEmailBackend implements EmailBackend {
    private final List<EmailMessage> outbox = new ArrayList<>();

    @Override
    public synchronized int sendMessages(List<EmailMessage> messages) {
        for (EmailMessage m : messages) {
            m.message();   // refuses bad headers as sending would
            outbox.add(m);
        }
        return messages.size();
    }

    /** What was sent, oldest first. */
    public synchronized List<EmailMessage> outbox() {
        return List.copyOf(outbox);
    }

    /** Empties the outbox. */
    public synchronized void clear() {
        outbox.clear();
    }
}
