package dev.quintet.contrib.auth;

import dev.quintet.contrib.auth.hashers.Hashers;
import dev.quintet.signing.Signer;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What authentication needs of a user: Django's {@code AbstractBaseUser}. {@link User} is the
 * built-in one; a custom user model is a {@code Model} implementing this interface, named in
 * {@code AuthSettings.userModel} ({@code AUTH_USER_MODEL}). Its password column must be the
 * field {@code password} (see {@link #passwordField()}).
 */
public interface BaseUser {
    /** The primary key; null for an anonymous user. */
    Object pk();

    /** The value of the username field. */
    String getUsername();

    /** The encoded password ({@code pbkdf2_sha256$...}). */
    String passwordHash();

    /** Sets the encoded password (not saved). */
    void setPasswordHash(String encoded);

    /** Inactive users cannot log in. */
    boolean isActive();

    /** Saves the named fields. */
    void save(String... fields);

    /** The name of the password field, for {@code save(passwordField())}. */
    default String passwordField() {
        return "password";
    }

    /** True for a real user; false for {@link AnonymousUser}. */
    default boolean isAuthenticated() {
        return true;
    }

    /** The opposite of {@link #isAuthenticated()}. */
    default boolean isAnonymous() {
        return !isAuthenticated();
    }

    /** A superuser has every permission. */
    default boolean isSuperuser() {
        return false;
    }

    /** Staff may use the admin. */
    default boolean isStaff() {
        return false;
    }

    /** Records a login (Django's {@code update_last_login}); models without the column ignore it. */
    default void updateLastLogin(Instant when) {
    }

    /** Hashes and sets {@code raw} (Django's {@code set_password}); call {@code save} after. */
    default void setPassword(String raw, Hashers hashers) {
        setPasswordHash(hashers.makePassword(raw));
    }

    /** Makes the password unusable: no password login (Django's {@code set_unusable_password}). */
    default void setUnusablePassword(Hashers hashers) {
        setPasswordHash(hashers.makePassword(null));
    }

    /** False after {@link #setUnusablePassword}. */
    default boolean hasUsablePassword() {
        return Hashers.isPasswordUsable(passwordHash());
    }

    /**
     * True when {@code raw} is the password (Django's {@code check_password}); an outdated hash
     * is replaced by the preferred hasher's and saved.
     */
    default boolean checkPassword(String raw, Hashers hashers) {
        return hashers.checkPassword(raw, passwordHash(), encoded -> {
            setPasswordHash(encoded);
            if (pk() != null) {
                save(passwordField());
            }
        });
    }

    /**
     * Django's {@code get_session_auth_hash}: an HMAC of the password hash, stored in the session
     * at login, so that changing the password logs out the other sessions.
     */
    default String sessionAuthHash(String secretKey) {
        byte[] mac = Signer.saltedHmac("django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash",
                passwordHash() == null ? "" : passwordHash(), secretKey, "sha256");
        return HexFormat.of().formatHex(mac);
    }
}
