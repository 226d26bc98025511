package dev.quintet.core.validators;

import dev.quintet.db.models.Validator;
import dev.quintet.forms.ValidationError;
import java.net.IDN;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code URLValidator}: a scheme from {@code schemes} (http, https, ftp, ftps by default),
 * optional user info, a host name (internationalised names allowed), IPv4 or bracketed IPv6
 * address or {@code localhost}, an optional port, and a path; at most 2048 characters, no tab or
 * newline characters.
 *
 * @param schemes the accepted schemes, lower case
 * @param message the message ({@code "Enter a valid URL."})
 * @param code the code ({@code "invalid"})
 */
public record URLValidator(List<String> schemes, String message, String code) implements Validator {
    private static final String UL = "\\x{a1}-\\x{ffff}";
    private static final String IPV4 = "(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)"
            + "(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}";
    private static final String IPV6 = "\\[[0-9a-f:.]+\\]";
    private static final String HOSTNAME = "[a-z" + UL + "0-9](?:[a-z" + UL + "0-9-]{0,61}[a-z" + UL + "0-9])?";
    private static final String DOMAIN = "(?:\\.(?!-)[a-z" + UL + "0-9-]{1,63}(?<!-))*";
    private static final String TLD = "\\.(?!-)(?:[a-z" + UL + "-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?";
    private static final String HOST = "(" + HOSTNAME + DOMAIN + TLD + "|localhost)";
    private static final Pattern REGEX = Pattern.compile("^(?:[a-z0-9.+-]*)://"
            + "(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
            + "(?:" + IPV4 + "|" + IPV6 + "|" + HOST + ")"
            + "(?::[0-9]{1,5})?"
            + "(?:[/?#][^\\s]*)?"
            + "\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern NETLOC = Pattern.compile("^([a-z0-9.+-]*://)([^/?#]*)(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Django's defaults. */
    public URLValidator() {
        this(List.of("http", "https", "ftp", "ftps"), "Enter a valid URL.", "invalid");
    }

    /** Django's defaults with other schemes. */
    public URLValidator(List<String> schemes) {
        this(schemes, "Enter a valid URL.", "invalid");
    }

    @Override
    public void validate(Object value) {
        if (!(value instanceof String s) || s.length() > 2048
                || s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            throw fail(value);
        }
        int sep = s.indexOf("://");
        String scheme = (sep < 0 ? s : s.substring(0, sep)).toLowerCase(java.util.Locale.ROOT);
        if (!schemes.contains(scheme)) {
            throw fail(value);
        }
        Matcher parts = NETLOC.matcher(s);
        if (!parts.matches()) {
            throw fail(value);
        }
        String netloc = parts.group(2);
        if (!REGEX.matcher(s).find()) {
            String ascii;
            try {
                ascii = IDN.toASCII(netloc, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw fail(value);
            }
            if (!REGEX.matcher(parts.group(1) + ascii + parts.group(3)).find()) {
                throw fail(value);
            }
        } else {
            Matcher v6 = Pattern.compile("^\\[(.+)\\](?::[0-9]{1,5})?$").matcher(netloc.substring(netloc.indexOf('@') + 1));
            if (v6.matches() && !IpAddresses.isIpv6(v6.group(1))) {
                throw fail(value);
            }
        }
        String host = netloc.substring(netloc.lastIndexOf('@') + 1);
        if (!host.startsWith("[")) {
            int colon = host.lastIndexOf(':');
            if (colon >= 0) {
                host = host.substring(0, colon);
            }
        }
        if (host.isEmpty() || host.length() > 253) {
            throw fail(value);
        }
    }

    private ValidationError fail(Object value) {
        return new ValidationError(message, code, Map.of("value", String.valueOf(value)));
    }
}
