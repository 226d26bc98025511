package dev.quintet.contrib.auth.password;

import dev.quintet.contrib.auth.BaseUser;
import java.util.List;

/**
 * A password rule: Django's {@code AUTH_PASSWORD_VALIDATORS} entries. Built-ins:
 * {@link MinimumLengthValidator}, {@link CommonPasswordValidator}, {@link NumericPasswordValidator},
 * {@link UserAttributeSimilarityValidator}; run them with {@link PasswordValidation#validate}.
 */
public interface PasswordValidator {
    /** Django's messages for what is wrong with {@code password}; empty when it passes. {@code user} may be null. */
    List<String> problems(String password, BaseUser user);

    /** The rule for people, as in a form's help text. */
    String helpText();
}
