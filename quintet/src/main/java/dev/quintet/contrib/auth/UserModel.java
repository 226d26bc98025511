package dev.quintet.contrib.auth;

import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import java.util.Objects;
import java.util.Optional;

/**
 * The user model of the site: Django's {@code AUTH_USER_MODEL} plus the manager methods
 * authentication needs. {@link #DEFAULT} is {@link User}; a custom model:
 *
 * <pre>{@code
 * UserModel.of(Member.objects, "email", "email")   // log in with the email address
 * }</pre>
 *
 * @param manager       the model's manager
 * @param usernameField {@code USERNAME_FIELD}: the field looked up at login
 * @param emailField    {@code EMAIL_FIELD}: where password-reset mails go
 * @param <U>           the model class
 */
public record UserModel<U extends Model & BaseUser>(Manager<U> manager, String usernameField, String emailField) {
    /** {@link User}, logging in with {@code username}. */
    public static final UserModel<User> DEFAULT = new UserModel<>(User.objects, "username", "email");

    /** Validates. */
    public UserModel {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(usernameField, "usernameField");
    }

    /** A custom user model. */
    public static <U extends Model & BaseUser> UserModel<U> of(Manager<U> manager, String usernameField, String emailField) {
        return new UserModel<>(manager, usernameField, emailField);
    }

    /** The user with the key {@code pk} as the session stores it (a string). */
    public Optional<U> byPk(Object pk) {
        if (pk == null) {
            return Optional.empty();
        }
        Object key = pk;
        String type = manager.meta().pk().internalType();
        if (pk instanceof String s && (type.endsWith("AutoField") || type.endsWith("IntegerField"))) {
            try {
                key = Long.parseLong(s);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return manager.filter("pk", key).first();
    }

    /** The user whose username field is {@code username} (Django's {@code get_by_natural_key}). */
    public Optional<U> byNaturalKey(String username) {
        return manager.filter(usernameField, username).first();
    }

    /** A new, unsaved user. */
    public U newUser() {
        return manager.meta().newInstance();
    }
}
