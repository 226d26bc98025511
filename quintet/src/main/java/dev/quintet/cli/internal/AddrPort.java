package dev.quintet.cli.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code runserver}'s optional {@code [addr:]port} argument, with Django's forms: {@code 8080},
 * {@code 0.0.0.0:8080}, {@code 0:8080} (every interface), {@code [::1]:8000}, {@code localhost:8000}.
 *
 * @param host the address to bind, without brackets
 * @param port the port
 * @param ipv6 whether the address is IPv6 (shown in brackets)
 */
public record AddrPort(String host, int port, boolean ipv6) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    private static final Pattern FORM = Pattern.compile(
            "^(?:(?<addr>(?<ipv4>\\d{1,3}(?:\\.\\d{1,3}){3})|(?<ipv6>\\[[a-fA-F0-9:]+])"
                    + "|(?<fqdn>[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)):)?(?<port>\\d+)$");

    /** Parses the argument; an {@link IllegalArgumentException} says what was wrong with it. */
    public static AddrPort parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException('"' + text + "\" is not a valid port number or address:port pair.");
        }
        int port;
        try {
            port = Integer.parseInt(m.group("port"));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException('"' + m.group("port") + "\" is not a valid port number.");
        }
        String addr = m.group("addr");
        if (addr == null) {
            return new AddrPort(DEFAULT_HOST, port, false);
        }
        if (m.group("ipv6") != null) {
            return new AddrPort(addr.substring(1, addr.length() - 1), port, true);
        }
        return new AddrPort(addr.equals("0") ? "0.0.0.0" : addr, port, false);
    }

    /** The address as typed in a URL: brackets around IPv6. */
    public String urlHost() {
        return ipv6 ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return urlHost() + ":" + port;
    }
}
