package dev.quintet.http.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URL splitting and joining as Python's {@code urlsplit}/{@code urljoin} (RFC 3986 §5.2), and
 * Django's {@code build_absolute_uri} on top of them.
 */
public final class UrlJoin {
    private static final Pattern URI = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    /**
     * A split URL; {@code authority}, {@code query} and {@code fragment} are {@code null} when
     * absent (as opposed to empty), {@code scheme} is lower case or "".
     */
    public record Parts(String scheme, String authority, String path, String query, String fragment) {
        String recompose() {
            StringBuilder out = new StringBuilder();
            if (!scheme.isEmpty()) {
                out.append(scheme).append(':');
            }
            if (authority != null) {
                out.append("//").append(authority);
            }
            out.append(path);
            if (query != null) {
                out.append('?').append(query);
            }
            if (fragment != null) {
                out.append('#').append(fragment);
            }
            return out.toString();
        }
    }

    private UrlJoin() {
    }

    /**
     * Splits {@code url} as Python's {@code urlsplit}: leading C0 controls and spaces are
     * stripped, tabs and newlines removed; the scheme counts only when it is a valid one.
     */
    public static Parts split(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        String clean = url.substring(start).replace("\t", "").replace("\r", "").replace("\n", "");
        Matcher m = URI.matcher(clean);
        if (!m.find()) {
            return new Parts("", null, clean, null, null);
        }
        String scheme = m.group(2);
        if (scheme != null && !SCHEME.matcher(scheme).matches()) {
            // Not a scheme ("1a:b"): parse again behind a dummy scheme, so that the text before
            // the colon stays in the path.
            m = URI.matcher("x:" + clean);
            m.find();
            Parts p = parts(m);
            return new Parts("", null, p.path(), p.query(), p.fragment());
        }
        return parts(m);
    }

    private static Parts parts(Matcher m) {
        String scheme = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return new Parts(scheme, m.group(4), m.group(5), m.group(7), m.group(9));
    }

    /** Resolves {@code ref} against {@code base} (RFC 3986 §5.2.2). */
    public static String join(String base, String ref) {
        Parts b = split(base);
        Parts r = split(ref);
        if (!r.scheme().isEmpty() && !r.scheme().equals(b.scheme())) {
            return ref;
        }
        String authority;
        String path;
        String query;
        if (r.authority() != null) {
            authority = r.authority();
            path = removeDotSegments(r.path());
            query = r.query();
        } else {
            authority = b.authority();
            if (r.path().isEmpty()) {
                path = b.path();
                query = r.query() != null ? r.query() : b.query();
            } else {
                path = removeDotSegments(r.path().startsWith("/") ? r.path() : merge(b, r.path()));
                query = r.query();
            }
        }
        return new Parts(b.scheme(), authority, path, query, r.fragment()).recompose();
    }

    private static String merge(Parts base, String path) {
        if (base.authority() != null && base.path().isEmpty()) {
            return "/" + path;
        }
        return base.path().substring(0, base.path().lastIndexOf('/') + 1) + path;
    }

    /** RFC 3986 §5.2.4. */
    static String removeDotSegments(String path) {
        Deque<String> out = new ArrayDeque<>();
        String in = path;
        while (!in.isEmpty()) {
            if (in.startsWith("../")) {
                in = in.substring(3);
            } else if (in.startsWith("./")) {
                in = in.substring(2);
            } else if (in.startsWith("/./")) {
                in = in.substring(2);
            } else if (in.equals("/.")) {
                in = "/";
            } else if (in.startsWith("/../")) {
                in = in.substring(3);
                out.pollLast();
            } else if (in.equals("/..")) {
                in = "/";
                out.pollLast();
            } else if (in.equals(".") || in.equals("..")) {
                in = "";
            } else {
                int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
                String segment = next < 0 ? in : in.substring(0, next);
                out.addLast(segment);
                in = in.substring(segment.length());
            }
        }
        return String.join("", out);
    }

    /**
     * Django's {@code build_absolute_uri}: {@code location} made absolute against
     * {@code schemeHost} ({@code https://example.com}) and the request path.
     */
    public static String absolute(String schemeHost, String requestPath, String location) {
        Parts bits = split(location);
        if (bits.scheme().isEmpty() || bits.authority() == null || bits.authority().isEmpty()) {
            boolean noAuthority = bits.authority() == null || bits.authority().isEmpty();
            if (bits.path().startsWith("/") && bits.scheme().isEmpty() && noAuthority
                    && !bits.path().contains("/./") && !bits.path().contains("/../")) {
                location = schemeHost + (location.startsWith("//") ? location.substring(2) : location);
            } else {
                location = join(schemeHost + requestPath, location);
            }
        }
        return UrlCodec.iriToUri(location);
    }
}
