package dev.quintet.http;

import dev.quintet.http.internal.CookieCodec;
import dev.quintet.http.internal.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A cookie to set on a response, with the attributes of Django's {@code set_cookie}. Immutable;
 * each {@code with}-style method answers a changed copy.
 *
 * <pre>{@code
 * response.setCookie(Cookie.of("theme", "dark").maxAge(Duration.ofDays(365)).httpOnly().sameSite("Lax"));
 * // Set-Cookie: theme=dark; expires=...; HttpOnly; Max-Age=31536000; Path=/; SameSite=Lax
 * }</pre>
 *
 * <p>Attributes: the name (legal token characters only); the value (quoted in the header when it
 * holds other characters than a token's); {@code Max-Age} in seconds ({@code null}: a session
 * cookie); {@code expires} as written ({@code null}: filled from {@code Max-Age} when the response
 * sets the cookie, as Django does); the path ({@code /} by default; {@code null} or "" leaves it
 * out); the domain; {@code Secure}; {@code HttpOnly}; {@code SameSite} ({@code Lax},
 * {@code Strict}, {@code None}).
 */
public final class Cookie {
    private final String name;
    private final String value;
    private final Long maxAge;
    private final String expires;
    private final String path;
    private final String domain;
    private final boolean secure;
    private final boolean httpOnly;
    private final String sameSite;

    Cookie(String name, String value, Long maxAge, String expires, String path, String domain,
           boolean secure, boolean httpOnly, String sameSite) {
        if (!CookieCodec.isLegalKey(name)) {
            throw new IllegalArgumentException("Illegal key '" + name + "'");
        }
        if (sameSite != null && !sameSite.isEmpty()
                && !switch (sameSite.toLowerCase(Locale.ROOT)) {
                    case "lax", "none", "strict" -> true;
                    default -> false;
                }) {
            throw new IllegalArgumentException("samesite must be \"lax\", \"none\", or \"strict\".");
        }
        this.name = name;
        this.value = value == null ? "" : value;
        this.maxAge = maxAge;
        this.expires = expires;
        this.path = path;
        this.domain = domain;
        this.secure = secure;
        this.httpOnly = httpOnly;
        this.sameSite = sameSite;
    }

    /** A session cookie with path {@code /} and no other attribute. */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, null, null, "/", null, false, false, null);
    }

    /**
     * This cookie living {@code seconds} (0 deletes it at once). An {@code expires} written as a
     * string is kept, as Django keeps a string {@code expires} next to {@code max_age}.
     */
    public Cookie maxAge(long seconds) {
        return new Cookie(name, value, seconds, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** This cookie living {@code duration}, truncated to whole seconds. */
    public Cookie maxAge(Duration duration) {
        return maxAge(duration.toSeconds());
    }

    /**
     * This cookie expiring at {@code when}: as Django does for a datetime, {@code Max-Age} is
     * computed from now (never negative) and {@code expires} written as an HTTP date.
     */
    public Cookie expires(Instant when) {
        if (maxAge != null) {
            throw new IllegalArgumentException("'expires' and 'max_age' can't be used together.");
        }
        Instant now = Instant.now();
        long seconds = Math.max(0, Duration.between(now, when).toSeconds() + 1);
        return new Cookie(name, value, seconds, HttpDates.format(now.plusSeconds(seconds)), path, domain,
                secure, httpOnly, sameSite);
    }

    /** This cookie with the {@code expires} attribute written as given (an HTTP date). */
    public Cookie expires(String httpDate) {
        return new Cookie(name, value, maxAge, httpDate, path, domain, secure, httpOnly, sameSite);
    }

    /** This cookie with another value, every attribute kept (signed cookies use it). */
    public Cookie withValue(String newValue) {
        return new Cookie(name, newValue, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** This cookie for {@code path}. */
    public Cookie path(String path) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** This cookie for {@code domain} (e.g. {@code .example.com}). */
    public Cookie domain(String domain) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The value, unquoted. */
    public String value() {
        return value;
    }

    /** {@code Max-Age} in seconds, or {@code null} for a session cookie. */
    public Long maxAge() {
        return maxAge;
    }

    /** The {@code expires} attribute as written, or {@code null}. */
    public String expires() {
        return expires;
    }

    /** The path, or {@code null}. */
    public String path() {
        return path;
    }

    /** The domain, or {@code null}. */
    public String domain() {
        return domain;
    }

    /** True when sent over HTTPS only. */
    public boolean isSecure() {
        return secure;
    }

    /** True when hidden from JavaScript. */
    public boolean isHttpOnly() {
        return httpOnly;
    }

    /** {@code SameSite}, or {@code null}. */
    public String sameSite() {
        return sameSite;
    }

    /** This cookie sent over HTTPS only. */
    public Cookie secure() {
        return new Cookie(name, value, maxAge, expires, path, domain, true, httpOnly, sameSite);
    }

    /** This cookie hidden from JavaScript. */
    public Cookie httpOnly() {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, true, sameSite);
    }

    /** This cookie with {@code SameSite} set ({@code Lax}, {@code Strict} or {@code None}). */
    public Cookie sameSite(String sameSite) {
        return new Cookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    /**
     * The {@code Set-Cookie} header value, attributes in the order Python's {@code SimpleCookie}
     * writes them: {@code name=value; Domain=…; expires=…; HttpOnly; Max-Age=…; Path=…;
     * SameSite=…; Secure}.
     */
    public String headerValue() {
        StringBuilder out = new StringBuilder(64).append(name).append('=').append(CookieCodec.quote(value));
        append(out, "Domain", domain);
        append(out, "expires", expires);
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (maxAge != null) {
            out.append("; Max-Age=").append(maxAge);
        }
        append(out, "Path", path);
        append(out, "SameSite", sameSite);
        if (secure) {
            out.append("; Secure");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String attribute, String value) {
        if (value != null && !value.isEmpty()) {
            out.append("; ").append(attribute).append('=').append(value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cookie c && c.name.equals(name) && c.value.equals(value) && Objects.equals(c.maxAge, maxAge)
                && Objects.equals(c.expires, expires) && Objects.equals(c.path, path) && Objects.equals(c.domain, domain)
                && c.secure == secure && c.httpOnly == httpOnly && Objects.equals(c.sameSite, sameSite);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite);
    }

    @Override
    public String toString() {
        return "Set-Cookie: " + headerValue();
    }
}
