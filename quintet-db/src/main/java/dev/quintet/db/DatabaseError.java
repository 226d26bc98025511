package dev.quintet.db;

/** Any error raised by the database or the JDBC driver, translated to an unchecked exception (Django's {@code DatabaseError}). */
public class DatabaseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a message and its cause. */
    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error with a message only. */
    public DatabaseError(String message) {
        super(message);
    }
}
