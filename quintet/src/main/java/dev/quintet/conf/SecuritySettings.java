package dev.quintet.conf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code SECURE_*} settings read by {@code SecurityMiddleware} and the deploy checks.
 * Built through {@link Settings.Builder}; read as {@code settings.security()}.
 *
 * @param hstsSeconds {@code SECURE_HSTS_SECONDS}: the HSTS {@code max-age}; 0 sends no header
 * @param hstsIncludeSubdomains {@code SECURE_HSTS_INCLUDE_SUBDOMAINS}
 * @param hstsPreload {@code SECURE_HSTS_PRELOAD}
 * @param contentTypeNosniff {@code SECURE_CONTENT_TYPE_NOSNIFF}: send {@code X-Content-Type-Options: nosniff}
 * @param referrerPolicy {@code SECURE_REFERRER_POLICY}: the policies, in order; empty sends no header
 * @param crossOriginOpenerPolicy {@code SECURE_CROSS_ORIGIN_OPENER_POLICY}, or {@code null} for no header
 * @param sslRedirect {@code SECURE_SSL_REDIRECT}: redirect plain HTTP requests to HTTPS
 * @param sslHost {@code SECURE_SSL_HOST}: the host to redirect to, or {@code null} for the request's host
 * @param redirectExempt {@code SECURE_REDIRECT_EXEMPT}: patterns searched in the path without its leading slash
 * @param proxySslHeader {@code SECURE_PROXY_SSL_HEADER}'s header name ({@code X-Forwarded-Proto}), or {@code null}
 * @param proxySslValue the value of that header that means HTTPS ({@code https})
 */
public record SecuritySettings(int hstsSeconds, boolean hstsIncludeSubdomains, boolean hstsPreload,
                               boolean contentTypeNosniff, List<String> referrerPolicy,
                               String crossOriginOpenerPolicy, boolean sslRedirect, String sslHost,
                               List<Pattern> redirectExempt, String proxySslHeader, String proxySslValue) {

    /** Django's defaults: no HSTS, nosniff on, {@code same-origin} referrer and opener policies, no redirect. */
    public static final SecuritySettings DEFAULTS = new SecuritySettings(0, false, false, true,
            List.of("same-origin"), "same-origin", false, null, List.of(), null, null);

    public SecuritySettings {
        referrerPolicy = List.copyOf(referrerPolicy);
        redirectExempt = List.copyOf(redirectExempt);
    }
}
