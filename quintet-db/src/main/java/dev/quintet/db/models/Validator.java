package dev.quintet.db.models;

import java.util.regex.Pattern;

/**
 * Checks one value; throws {@link ValidationError} with a message when it is invalid.
 * Attach to a field with {@code .validators(...)}; run by {@link Model#fullClean()}.
 */
@FunctionalInterface
public interface Validator {
    /** Throws {@link ValidationError} if {@code value} is invalid. Never called with {@code null}. */
    void validate(Object value);

    /** Django's {@code validate_email}. */
    Validator EMAIL = regex(Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"),
            "Enter a valid email address.");
    /** Django's {@code URLValidator} (http, https, ftp, ftps). */
    Validator URL = regex(Pattern.compile("^(?:https?|ftps?)://(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?(?:localhost|(?:[A-Za-z0-9\\u00a1-\\uffff](?:[A-Za-z0-9\\u00a1-\\uffff-]{0,61}[A-Za-z0-9\\u00a1-\\uffff])?\\.)+[A-Za-z\\u00a1-\\uffff]{2,63}\\.?|\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+\\])(?::\\d{1,5})?(?:[/?#][^\\s]*)?$", Pattern.CASE_INSENSITIVE),
            "Enter a valid URL.");
    /** Django's {@code validate_slug}. */
    Validator SLUG = regex(Pattern.compile("^[-a-zA-Z0-9_]+\\z"),
            "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.");

    /** A validator that requires {@code pattern} to match the whole string value. */
    static Validator regex(Pattern pattern, String message) {
        return value -> {
            if (!pattern.matcher(value.toString()).find()) {
                throw new ValidationError(message);
            }
        };
    }

    /** Django's {@code MinValueValidator}. */
    static Validator minValue(long min) {
        return value -> {
            if (value instanceof Number n && n.doubleValue() < min) {
                throw new ValidationError("Ensure this value is greater than or equal to " + min + ".");
            }
        };
    }

    /** Django's {@code MaxValueValidator}. */
    static Validator maxValue(long max) {
        return value -> {
            if (value instanceof Number n && n.doubleValue() > max) {
                throw new ValidationError("Ensure this value is less than or equal to " + max + ".");
            }
        };
    }
}
