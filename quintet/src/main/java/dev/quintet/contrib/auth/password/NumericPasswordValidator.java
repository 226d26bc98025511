package dev.quintet.contrib.auth.password;

import dev.quintet.contrib.auth.BaseUser;
import java.util.List;

/** Not only digits. */
public record NumericPasswordValidator() implements PasswordValidator {
    @Override
    public List<String> problems(String password, BaseUser user) {
        boolean numeric = !password.isEmpty() && password.codePoints().allMatch(Character::isDigit);
        return numeric ? List.of("This password is entirely numeric.") : List.of();
    }

    @Override
    public String helpText() {
        return "Your password can’t be entirely numeric.";
    }
}
