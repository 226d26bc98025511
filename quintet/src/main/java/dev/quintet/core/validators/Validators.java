package dev.quintet.core.validators;

import dev.quintet.db.models.Validator;
import dev.quintet.forms.ValidationError;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Django's {@code django.core.validators}: each factory returns a {@link Validator} that throws a
 * {@link ValidationError} with Django's message, code and params.
 *
 * <table>
 * <caption>Django names</caption>
 * <tr><td>{@code MaxLengthValidator(n)}</td><td>{@link #maxLength(int)}</td></tr>
 * <tr><td>{@code MinLengthValidator(n)}</td><td>{@link #minLength(int)}</td></tr>
 * <tr><td>{@code MaxValueValidator(v)}</td><td>{@link #maxValue(Comparable)}</td></tr>
 * <tr><td>{@code MinValueValidator(v)}</td><td>{@link #minValue(Comparable)}</td></tr>
 * <tr><td>{@code StepValueValidator(s, offset)}</td><td>{@link #stepValue(Number, Number)}</td></tr>
 * <tr><td>{@code RegexValidator(...)}</td><td>{@link #regex(String, String, String, boolean)}</td></tr>
 * <tr><td>{@code EmailValidator()}, {@code validate_email}</td><td>{@link EmailValidator}</td></tr>
 * <tr><td>{@code URLValidator()}</td><td>{@link URLValidator}</td></tr>
 * <tr><td>{@code validate_slug}</td><td>{@link #VALIDATE_SLUG}</td></tr>
 * <tr><td>{@code ProhibitNullCharactersValidator()}</td><td>{@link #PROHIBIT_NULL_CHARACTERS}</td></tr>
 * <tr><td>{@code DecimalValidator(d, p)}</td><td>{@link #decimal(Integer, Integer)}</td></tr>
 * </table>
 */
public final class Validators {
    private Validators() {
    }

    /** Django's {@code validate_slug}. */
    public static final Validator VALIDATE_SLUG = regex("^[-a-zA-Z0-9_]+\\z",
            "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.", "invalid", false);

    /** Django's {@code validate_unicode_slug}. */
    public static final Validator VALIDATE_UNICODE_SLUG = regex("^[-\\w]+\\z",
            "Enter a valid “slug” consisting of Unicode letters, numbers, underscores, or hyphens.", "invalid", false);

    /** Django's {@code ProhibitNullCharactersValidator}. */
    public static final Validator PROHIBIT_NULL_CHARACTERS = value -> {
        if (String.valueOf(value).indexOf('\0') >= 0) {
            throw new ValidationError("Null characters are not allowed.", "null_characters_not_allowed",
                    Map.of("value", value));
        }
    };

    /** Django's {@code RegexValidator}: {@code search} semantics; {@code inverse} fails on a match. */
    public static Validator regex(String regex, String message, String code, boolean inverse) {
        Pattern p = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        String msg = message == null ? "Enter a valid value." : message;
        String c = code == null ? "invalid" : code;
        return value -> {
            boolean found = p.matcher(String.valueOf(value)).find();
            if (found == inverse) {
                throw new ValidationError(msg, c, Map.of("value", value));
            }
        };
    }

    /** Django's {@code MaxLengthValidator}. */
    public static Validator maxLength(int limit) {
        String msg = limit == 1
                ? "Ensure this value has at most %(limit_value)d character (it has %(show_value)d)."
                : "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).";
        return value -> {
            int len = length(value);
            if (len > limit) {
                throw new ValidationError(msg, "max_length", Map.of("limit_value", limit, "show_value", len, "value", value));
            }
        };
    }

    /** Django's {@code MinLengthValidator}. */
    public static Validator minLength(int limit) {
        String msg = limit == 1
                ? "Ensure this value has at least %(limit_value)d character (it has %(show_value)d)."
                : "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).";
        return value -> {
            int len = length(value);
            if (len < limit) {
                throw new ValidationError(msg, "min_length", Map.of("limit_value", limit, "show_value", len, "value", value));
            }
        };
    }

    /** Django's {@code MaxValueValidator}. */
    public static <T extends Comparable<? super T>> Validator maxValue(T limit) {
        return value -> {
            if (compare(value, limit) > 0) {
                throw new ValidationError("Ensure this value is less than or equal to %(limit_value)s.", "max_value",
                        Map.of("limit_value", limit, "value", value));
            }
        };
    }

    /** Django's {@code MinValueValidator}. */
    public static <T extends Comparable<? super T>> Validator minValue(T limit) {
        return value -> {
            if (compare(value, limit) < 0) {
                throw new ValidationError("Ensure this value is greater than or equal to %(limit_value)s.", "min_value",
                        Map.of("limit_value", limit, "value", value));
            }
        };
    }

    /** Django's {@code StepValueValidator}; {@code offset} may be {@code null}. */
    public static Validator stepValue(Number step, Number offset) {
        BigDecimal s = new BigDecimal(step.toString());
        BigDecimal o = offset == null ? BigDecimal.ZERO : new BigDecimal(offset.toString());
        return value -> {
            BigDecimal v = new BigDecimal(value.toString());
            if (v.subtract(o).remainder(s).compareTo(BigDecimal.ZERO) != 0) {
                if (offset == null) {
                    throw new ValidationError("Ensure this value is a multiple of step size %(limit_value)s.",
                            "step_size", Map.of("limit_value", step, "value", value));
                }
                throw new ValidationError("Ensure this value is a multiple of step size %(limit_value)s, starting from "
                        + "%(offset)s, e.g. %(offset)s, %(valid_value1)s, %(valid_value2)s, and so on.", "step_size",
                        Map.of("limit_value", step, "offset", offset, "value", value,
                                "valid_value1", plain(o.add(s)), "valid_value2", plain(o.add(s).add(s))));
            }
        };
    }

    /** Django's {@code DecimalValidator}: either limit may be {@code null}. */
    public static Validator decimal(Integer maxDigits, Integer decimalPlaces) {
        return value -> {
            BigDecimal d = (BigDecimal) value;
            BigDecimal stripped = d.stripTrailingZeros();
            int exponent = -stripped.scale();
            int digitCount = stripped.precision();
            int decimals;
            int digits;
            if (exponent >= 0) {
                digits = digitCount + exponent;
                decimals = 0;
            } else {
                digits = Math.max(digitCount, -exponent);
                decimals = -exponent;
            }
            if (d.signum() == 0) {
                digits = 1;
                decimals = 0;
            }
            int wholeDigits = digits - decimals;
            if (maxDigits != null && digits > maxDigits) {
                throw new ValidationError(maxDigits == 1
                        ? "Ensure that there are no more than %(max)s digit in total."
                        : "Ensure that there are no more than %(max)s digits in total.", "max_digits",
                        Map.of("max", maxDigits, "value", value));
            }
            if (decimalPlaces != null && decimals > decimalPlaces) {
                throw new ValidationError(decimalPlaces == 1
                        ? "Ensure that there are no more than %(max)s decimal place."
                        : "Ensure that there are no more than %(max)s decimal places.", "max_decimal_places",
                        Map.of("max", decimalPlaces, "value", value));
            }
            if (maxDigits != null && decimalPlaces != null && wholeDigits > maxDigits - decimalPlaces) {
                int max = maxDigits - decimalPlaces;
                throw new ValidationError(max == 1
                        ? "Ensure that there are no more than %(max)s digit before the decimal point."
                        : "Ensure that there are no more than %(max)s digits before the decimal point.",
                        "max_whole_digits", Map.of("max", max, "value", value));
            }
        };
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0 && d.scale() <= 0 ? d.toPlainString() : d.toPlainString();
    }

    private static int length(Object value) {
        if (value instanceof CharSequence s) {
            return s.toString().codePointCount(0, s.length());
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.size();
        }
        return String.valueOf(value).length();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object limit) {
        if (value instanceof Number a && limit instanceof Number b
                && !(value.getClass().equals(limit.getClass()))) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        return ((Comparable) value).compareTo(limit);
    }
}
