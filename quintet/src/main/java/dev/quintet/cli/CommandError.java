package dev.quintet.cli;

/**
 * A command failed for a reason the user can fix: printed as {@code CommandError: message} on
 * standard error, exit code 1, no stack trace (Django's {@code CommandError}).
 */
public class CommandError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandError(String message) {
        super(message);
    }

    public CommandError(String message, Throwable cause) {
        super(message, cause);
    }
}
