package dev.quintet.mail;

import java.io.PrintStream;
import java.util.List;

/** Writes each message to a stream (standard output by default), with a line of dashes after it: Django's {@code console} back end. */
public final class ConsoleEmailBackend implements EmailBackend {
    private final PrintStream out;

    /** To standard output. */
    public ConsoleEmailBackend() {
        this(System.out);
    }

    /** To {@code out}. */
    public ConsoleEmailBackend(PrintStream out) {
        this.out = out;
    }

    @Override
    public int sendMessages(List<EmailMessage> messages) {
        synchronized (out) {
            for (EmailMessage m : messages) {
                out.print(m.asString().replace("\r\n", "\n"));
                out.println();
                out.println("-".repeat(79));
            }
            out.flush();
        }
        return messages.size();
    }
}
