package dev.quintet.http.internal;

import dev.quintet.http.DisallowedHost;
import dev.quintet.http.RequestConfig;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host validation as Django's {@code split_domain_port}, {@code validate_host} and
 * {@code is_same_domain}.
 */
public final class Hosts {
    private static final Pattern HOST = Pattern.compile(
            "([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(?::([0-9]+))?");

    /** The local names allowed when {@code DEBUG} is on and {@code ALLOWED_HOSTS} is empty. */
    public static final List<String> DEBUG_HOSTS = List.of(".localhost", "127.0.0.1", "[::1]");

    private Hosts() {
    }

    /**
     * Django's {@code get_host()} check: {@code host} when its domain is allowed, else
     * {@link DisallowedHost} with Django's message. With {@code DEBUG} on and no allowed hosts,
     * {@link #DEBUG_HOSTS} are allowed.
     */
    public static String validated(String host, RequestConfig config) {
        List<String> allowed = config.allowedHosts();
        if (config.debug() && allowed.isEmpty()) {
            allowed = DEBUG_HOSTS;
        }
        String domain = splitDomainPort(host)[0];
        if (!domain.isEmpty() && validate(domain, allowed)) {
            return host;
        }
        String msg = "Invalid HTTP_HOST header: " + PyRepr.of(host) + ".";
        msg += domain.isEmpty()
                ? " The domain name provided is not valid according to RFC 1034/1035."
                : " You may need to add " + PyRepr.of(domain) + " to ALLOWED_HOSTS.";
        throw new DisallowedHost(msg);
    }

    /**
     * Splits {@code host} into its lower-cased domain (a trailing dot removed) and port; the
     * domain is "" when the host is not a valid name, IPv4 or bracketed IPv6 literal.
     */
    public static String[] splitDomainPort(String host) {
        Matcher m = HOST.matcher(host.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return new String[] {"", ""};
        }
        String domain = m.group(1);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return new String[] {domain, m.group(2) == null ? "" : m.group(2)};
    }

    /** True when {@code domain} matches one of {@code allowed} ({@code *}, exact, or {@code .suffix}). */
    public static boolean validate(String domain, List<String> allowed) {
        for (String pattern : allowed) {
            if (pattern.equals("*") || isSameDomain(domain, pattern)) {
                return true;
            }
        }
        return false;
    }

    /** Django's {@code is_same_domain}: a leading dot matches the domain and its subdomains. */
    public static boolean isSameDomain(String host, String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.charAt(0) == '.') {
            return host.endsWith(p) || host.equals(p.substring(1));
        }
        return p.equals(host);
    }
}
