package dev.quintet.core.validators;

import dev.quintet.db.models.Validator;
import dev.quintet.forms.ValidationError;
import java.net.IDN;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Django's {@code EmailValidator} ({@code validate_email}): a user part of atoms or a quoted
 * string, and a domain of labels, an allowed name ({@code localhost}) or a literal IP address;
 * internationalised domains are checked in their punycode form; at most 320 characters.
 *
 * @param message the message ({@code "Enter a valid email address."} by default)
 * @param code the code ({@code "invalid"})
 * @param domainAllowlist domains accepted as they are
 */
public record EmailValidator(String message, String code, List<String> domainAllowlist) implements Validator {
    private static final Pattern USER = Pattern.compile(
            "(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\\z"
            + "|^\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"\\z)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile(
            "((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\\[([A-F0-9:.]+)\\]\\z", Pattern.CASE_INSENSITIVE);

    /** Django's defaults. */
    public EmailValidator() {
        this("Enter a valid email address.", "invalid", List.of("localhost"));
    }

    @Override
    public void validate(Object value) {
        String s = value == null ? "" : value.toString();
        int at = s.lastIndexOf('@');
        if (s.isEmpty() || at < 0 || s.length() > 320) {
            throw fail(value);
        }
        String user = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (!USER.matcher(user).find()) {
            throw fail(value);
        }
        if (domainAllowlist.contains(domain) || validDomain(domain)) {
            return;
        }
        try {
            if (validDomain(IDN.toASCII(domain))) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // not an IDN either
        }
        throw fail(value);
    }

    private static boolean validDomain(String domain) {
        if (DOMAIN.matcher(domain).find() && DOMAIN.matcher(domain).matches()) {
            return true;
        }
        var m = LITERAL.matcher(domain);
        return m.matches() && IpAddresses.isIpv46(m.group(1));
    }

    private ValidationError fail(Object value) {
        return new ValidationError(message, code, Map.of("value", String.valueOf(value)));
    }
}
