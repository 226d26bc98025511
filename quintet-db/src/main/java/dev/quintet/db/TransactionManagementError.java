package dev.quintet.db;

/** A transaction API was misused, e.g. {@code selectForUpdate()} evaluated outside {@link Transaction#atomic}. */
public class TransactionManagementError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    /** An error with a message. */
    public TransactionManagementError(String message) {
        super(message);
    }
}
