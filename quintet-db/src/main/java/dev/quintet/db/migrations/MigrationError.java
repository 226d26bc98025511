package dev.quintet.db.migrations;

/** A migration could not be planned, applied or written; the message names the migration, operation and cause. */
public class MigrationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a message. */
    public MigrationError(String message) {
        super(message);
    }

    /** An error with a message and its cause. */
    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
