package dev.quintet.middleware.csrf;

import dev.quintet.http.View;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Django's {@code CSRF_*} settings with Django's defaults ({@link #DEFAULTS}); set them with
 * {@code Settings.builder().csrf(CsrfSettings.DEFAULTS.withTrustedOrigins("https://*.example.com"))}.
 *
 * @param cookieName     {@code CSRF_COOKIE_NAME}, {@code csrftoken}
 * @param cookieAge      {@code CSRF_COOKIE_AGE}, one year (31449600 s); null: a browser-session cookie
 * @param cookieDomain   {@code CSRF_COOKIE_DOMAIN}, none
 * @param cookiePath     {@code CSRF_COOKIE_PATH}, {@code /}
 * @param cookieSecure   {@code CSRF_COOKIE_SECURE}, false
 * @param cookieHttpOnly {@code CSRF_COOKIE_HTTPONLY}, false
 * @param cookieSameSite {@code CSRF_COOKIE_SAMESITE}, {@code Lax}
 * @param headerName     {@code CSRF_HEADER_NAME}, the header {@code X-CSRFToken}
 * @param trustedOrigins {@code CSRF_TRUSTED_ORIGINS}: {@code https://example.com}, {@code https://*.example.com}
 * @param useSessions    {@code CSRF_USE_SESSIONS}: keep the secret in the session instead of a cookie
 * @param failureView    {@code CSRF_FAILURE_VIEW}: null for the built-in 403 page; it finds the
 *                       reason in the request attribute {@link Csrf#REASON_ATTRIBUTE}
 */
public record CsrfSettings(String cookieName, Duration cookieAge, String cookieDomain, String cookiePath,
                           boolean cookieSecure, boolean cookieHttpOnly, String cookieSameSite, String headerName,
                           List<String> trustedOrigins, boolean useSessions, View failureView) {
    /** Django's defaults. */
    public static final CsrfSettings DEFAULTS = new CsrfSettings("csrftoken", Duration.ofSeconds(31_449_600), null,
            "/", false, false, "Lax", "X-CSRFToken", List.of(), false, null);

    /** Validates and copies. */
    public CsrfSettings {
        Objects.requireNonNull(cookieName, "cookieName");
        Objects.requireNonNull(cookiePath, "cookiePath");
        Objects.requireNonNull(headerName, "headerName");
        trustedOrigins = List.copyOf(trustedOrigins);
        for (String origin : trustedOrigins) {
            if (!origin.contains("://")) {
                throw new IllegalArgumentException("CSRF_TRUSTED_ORIGINS: origin '" + origin
                        + "' must start with a scheme (usually http:// or https://)");
            }
        }
    }

    /** With {@code CSRF_TRUSTED_ORIGINS}. */
    public CsrfSettings withTrustedOrigins(String... origins) {
        return new CsrfSettings(cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, headerName, List.of(origins), useSessions, failureView);
    }

    /** With {@code CSRF_USE_SESSIONS}. */
    public CsrfSettings withUseSessions(boolean value) {
        return new CsrfSettings(cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, headerName, trustedOrigins, value, failureView);
    }

    /** With {@code CSRF_FAILURE_VIEW}. */
    public CsrfSettings withFailureView(View view) {
        return new CsrfSettings(cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, headerName, trustedOrigins, useSessions, view);
    }

    /** With the cookie's name, domain, {@code Secure}, {@code HttpOnly} and {@code SameSite}. */
    public CsrfSettings withCookie(String name, String domain, boolean secure, boolean httpOnly, String sameSite) {
        return new CsrfSettings(name, cookieAge, domain, cookiePath, secure, httpOnly, sameSite, headerName,
                trustedOrigins, useSessions, failureView);
    }

    /** With {@code CSRF_HEADER_NAME} (an HTTP header name such as {@code X-CSRFToken}). */
    public CsrfSettings withHeaderName(String name) {
        return new CsrfSettings(cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, name, trustedOrigins, useSessions, failureView);
    }
}
