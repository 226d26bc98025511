package dev.quintet.db;

/**
 * A constraint was violated (unique, foreign key, not null, check). Inside {@link Transaction#atomic}
 * the failing block is rolled back to its savepoint, so the connection stays usable for the enclosing block.
 */
public class IntegrityError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    /** An integrity error caused by a driver exception. */
    public IntegrityError(String message, Throwable cause) {
        super(message, cause);
    }
}
