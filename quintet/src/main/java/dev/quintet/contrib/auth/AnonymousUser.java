package dev.quintet.contrib.auth;

/**
 * The user of a request nobody is logged in to: Django's {@code AnonymousUser}. No key, no
 * permissions, not active; it cannot be saved or given a password.
 */
public final class AnonymousUser implements BaseUser {
    /** The one instance. */
    public static final AnonymousUser INSTANCE = new AnonymousUser();

    private AnonymousUser() {
    }

    @Override
    public Object pk() {
        return null;
    }

    @Override
    public String getUsername() {
        return "";
    }

    @Override
    public String passwordHash() {
        return null;
    }

    @Override
    public void setPasswordHash(String encoded) {
        throw new UnsupportedOperationException("Django doesn't provide a DB representation for AnonymousUser.");
    }

    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public void save(String... fields) {
        throw new UnsupportedOperationException("Django doesn't provide a DB representation for AnonymousUser.");
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public String toString() {
        return "AnonymousUser";
    }
}
