package dev.quintet.db;

/** The database could not be reached or the operation could not run (timeout, lost connection, lock). */
public class OperationalError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    /** An operational error caused by a driver or pool exception. */
    public OperationalError(String message, Throwable cause) {
        super(message, cause);
    }
}
