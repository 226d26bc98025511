package dev.quintet.template.internal.filters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of Django's validators that {@code urlize} relies on (e-mail and domain syntax). */
final class Validators {
    private Validators() {
    }

    private static final String UL = "\\u00a1-\\uffff";
    /** {@code DomainNameValidator.hostname_re}. */
    static final String HOSTNAME_RE = "[a-z" + UL + "0-9](?:[a-z" + UL + "0-9-]{0,61}[a-z" + UL + "0-9])?";
    /** {@code DomainNameValidator.domain_re}. */
    static final String DOMAIN_RE = "(?:\\.(?!-)[a-z" + UL + "0-9-]{1,63}(?<!-))*";
    /** {@code DomainNameValidator.tld_no_fqdn_re}. */
    static final String TLD_NO_FQDN_RE = "\\.(?!-)(?:[a-z" + UL + "-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)";

    private static final Pattern USER_REGEX = Pattern.compile(
            "(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\\z"
                    + "|^\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"\\z)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN_REGEX = Pattern.compile(
            "^" + HOSTNAME_RE + DOMAIN_RE + TLD_NO_FQDN_RE + "\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL_REGEX = Pattern.compile("\\[([A-F0-9:.]+)\\]\\z", Pattern.CASE_INSENSITIVE);

    /** {@code EmailValidator(allowlist=[])(value)} succeeds. */
    static boolean isEmail(String value) {
        if (value.isEmpty() || value.indexOf('@') < 0 || PyOps.cpLen(value) > 320) {
            return false;
        }
        int at = value.lastIndexOf('@');
        String user = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (!USER_REGEX.matcher(user).lookingAt()) {
            return false;
        }
        if (DOMAIN_REGEX.matcher(domain).lookingAt()) {
            return true;
        }
        Matcher literal = LITERAL_REGEX.matcher(domain);
        if (literal.lookingAt()) {
            String ip = literal.group(1);
            return isIpv4(ip) || isIpv6(ip);
        }
        return false;
    }

    /** Python's {@code ipaddress.IPv4Address} accepts it: four decimal octets, no leading zeros. */
    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (p.length() > 1 && p.charAt(0) == '0') {
                return false;
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code ipaddress.IPv6Address} accepts it (an embedded IPv4 tail allowed). */
    static boolean isIpv6(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String[] parts = s.split(":", -1);
        if (parts.length < 3) {
            return false;
        }
        int maxParts = 8;
        if (parts[parts.length - 1].contains(".")) {
            if (!isIpv4(parts[parts.length - 1])) {
                return false;
            }
            parts[parts.length - 1] = "0";
            String[] extended = new String[parts.length + 1];
            System.arraycopy(parts, 0, extended, 0, parts.length);
            extended[parts.length] = "0";
            parts = extended;
        }
        if (parts.length > maxParts + 1) {
            return false;
        }
        int skip = -1;
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                if (skip >= 0) {
                    return false;
                }
                skip = i;
            }
        }
        int partsHi;
        int partsLo;
        if (skip >= 0) {
            partsHi = skip;
            partsLo = parts.length - skip - 1;
            if (parts[0].isEmpty()) {
                partsHi--;
                if (partsHi != 0) {
                    return false;
                }
            }
            if (parts[parts.length - 1].isEmpty()) {
                partsLo--;
                if (partsLo != 0) {
                    return false;
                }
            }
            if (maxParts - (partsHi + partsLo) < 1) {
                return false;
            }
        } else {
            if (parts.length != maxParts) {
                return false;
            }
            if (parts[0].isEmpty() || parts[parts.length - 1].isEmpty()) {
                return false;
            }
            partsHi = parts.length;
            partsLo = 0;
        }
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
                return false;
            }
        }
        return true;
    }
}
