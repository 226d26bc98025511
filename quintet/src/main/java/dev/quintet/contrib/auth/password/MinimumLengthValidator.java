package dev.quintet.contrib.auth.password;

import dev.quintet.contrib.auth.BaseUser;
import java.util.List;

/** At least {@code minLength} characters (Django's default 8). */
public record MinimumLengthValidator(int minLength) implements PasswordValidator {
    /** Django's default, 8. */
    public MinimumLengthValidator() {
        this(8);
    }

    @Override
    public List<String> problems(String password, BaseUser user) {
        if (password.codePointCount(0, password.length()) >= minLength) {
            return List.of();
        }
        return List.of("This password is too short. It must contain at least " + minLength + " character"
                + (minLength == 1 ? "" : "s") + ".");
    }

    @Override
    public String helpText() {
        return "Your password must contain at least " + minLength + " character" + (minLength == 1 ? "" : "s") + ".";
    }
}
