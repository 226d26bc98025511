package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import java.util.Locale;

/**
 * Django's {@code UserManager.create_user} and {@code create_superuser} for the built-in
 * {@link User}: the email's domain is lower-cased, the password hashed with the preferred
 * hasher (null: an unusable password).
 */
public final class Users {
    private Users() {
    }

    /** Creates and saves an active, non-staff user. */
    public static User createUser(Settings settings, String username, String email, String password) {
        return create(settings, username, email, password, false);
    }

    /** Creates and saves a staff superuser. */
    public static User createSuperuser(Settings settings, String username, String email, String password) {
        return create(settings, username, email, password, true);
    }

    private static User create(Settings settings, String username, String email, String password, boolean superuser) {
        if (username == null || username.isEmpty()) {
            throw new IllegalArgumentException("The given username must be set");
        }
        User user = new User();
        user.username = username;
        user.email = normalizeEmail(email);
        user.isStaff = superuser;
        user.isSuperuser = superuser;
        user.setPassword(password, settings.auth().hashers());
        user.save();
        return user;
    }

    /** Django's {@code normalize_email}: the domain part lower-cased. */
    public static String normalizeEmail(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
