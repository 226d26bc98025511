package dev.quintet.core.checks;

import java.io.Serial;
import java.util.List;

/**
 * Start-up stopped because system checks found errors (Django's {@code SystemCheckError}).
 * The message is the formatted report; {@link #messages()} holds the findings.
 */
public final class SystemCheckError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<CheckMessage> messages;

    public SystemCheckError(String report, List<CheckMessage> messages) {
        super(report);
        this.messages = List.copyOf(messages);
    }

    /** Every unsilenced message of the run, serious or not. */
    public List<CheckMessage> messages() {
        return messages;
    }
}
