package dev.quintet.middleware.internal;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.RequestConfig;
import java.nio.charset.StandardCharsets;

/** Request facts the standard middleware need: scheme behind a proxy, host, full path. */
public final class Requests {
    private static final String SAFE_PATH = "/:@&+$,-_.!~*'()";
    private static final String SAFE_QUERY = "/#%[]=:;$&()+,!?*@'~-_.";

    private Requests() {
    }

    /** True over HTTPS, trusting {@code SECURE_PROXY_SSL_HEADER} when set (Django's {@code is_secure()}). */
    public static boolean isSecure(HttpRequest request) {
        RequestConfig config = request.config();
        if (config != null && config.secureProxyHeader() != null) {
            String value = request.headers().get(config.secureProxyHeader());
            if (value != null) {
                int comma = value.indexOf(',');
                String first = (comma >= 0 ? value.substring(0, comma) : value).strip();
                return first.equals(config.secureProxyValue());
            }
        }
        return "https".equalsIgnoreCase(request.rawScheme());
    }

    /** {@code https} or {@code http}, as {@link #isSecure} decides. */
    public static String scheme(HttpRequest request) {
        return isSecure(request) ? "https" : "http";
    }

    /** The {@code Host} header, or the server name and non-default port. */
    public static String host(HttpRequest request) {
        String host = request.headers().get("Host");
        if (host != null && !host.isEmpty()) {
            return host;
        }
        int port = request.serverPort();
        boolean defaultPort = port == (isSecure(request) ? 443 : 80);
        return defaultPort ? request.serverName() : request.serverName() + ":" + port;
    }

    /**
     * The path, percent-encoded as a URI, with a trailing slash added when asked and the query
     * string; a leading {@code //} is escaped to {@code /%2F} so it cannot name another host.
     */
    public static String fullPath(HttpRequest request, boolean forceAppendSlash) {
        StringBuilder out = new StringBuilder();
        out.append(quote(request.path(), SAFE_PATH));
        if (forceAppendSlash && !request.path().endsWith("/")) {
            out.append('/');
        }
        if (out.length() > 1 && out.charAt(0) == '/' && out.charAt(1) == '/') {
            out.replace(0, 2, "/%2F");
        }
        if (!request.queryString().isEmpty()) {
            out.append('?').append(quote(request.queryString(), SAFE_QUERY));
        }
        return out.toString();
    }

    private static String quote(String text, String safe) {
        StringBuilder out = null;
        byte[] bytes = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0);
            if (!plain && out == null) {
                out = new StringBuilder(text.length() + 16);
                bytes = text.getBytes(StandardCharsets.UTF_8);
                break;
            }
        }
        if (out == null) {
            return text;
        }
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
