package dev.quintet.contrib.auth.password;

import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.db.models.ValidationError;
import java.util.ArrayList;
import java.util.List;

/** Django's {@code validate_password} and {@code password_validators_help_texts}. */
public final class PasswordValidation {
    /** Django's {@code startproject} list: similarity, length 8, common, numeric. */
    public static final List<PasswordValidator> DEFAULTS = List.of(new UserAttributeSimilarityValidator(),
            new MinimumLengthValidator(), new CommonPasswordValidator(), new NumericPasswordValidator());

    private PasswordValidation() {
    }

    /** Every problem of {@code password}; {@link ValidationError} listing them when there is any. */
    public static void validate(String password, BaseUser user, List<PasswordValidator> validators) {
        List<String> problems = problems(password, user, validators);
        if (!problems.isEmpty()) {
            throw new ValidationError(java.util.Map.of(ValidationError.NON_FIELD_ERRORS, problems));
        }
    }

    /** Every problem of {@code password}, in validator order. */
    public static List<String> problems(String password, BaseUser user, List<PasswordValidator> validators) {
        List<String> out = new ArrayList<>();
        for (PasswordValidator v : validators) {
            out.addAll(v.problems(password, user));
        }
        return out;
    }

    /** The validators' help texts. */
    public static List<String> helpTexts(List<PasswordValidator> validators) {
        return validators.stream().map(PasswordValidator::helpText).toList();
    }
}
