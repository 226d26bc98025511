package dev.quintet.middleware;

import dev.quintet.conf.SecuritySettings;
import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponsePermanentRedirect;
import dev.quintet.http.View;
import java.util.regex.Pattern;

/**
 * Django's {@code SecurityMiddleware}: redirects plain HTTP to HTTPS
 * ({@code SECURE_SSL_REDIRECT}, {@code SECURE_SSL_HOST}, {@code SECURE_REDIRECT_EXEMPT}) and
 * adds the security headers: {@code Strict-Transport-Security} over HTTPS
 * ({@code SECURE_HSTS_*}), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy} and
 * {@code Cross-Origin-Opener-Policy}. Headers the view already set are left alone. Place it
 * first.
 *
 * <pre>{@code
 * .middleware(SecurityMiddleware::new, CommonMiddleware::new, ...)
 * }</pre>
 */
public final class SecurityMiddleware implements Middleware {
    private final boolean redirect;
    private final String redirectHost;
    private final Pattern[] redirectExempt;
    private final String hsts;
    private final boolean nosniff;
    private final String referrerPolicy;
    private final String crossOriginOpenerPolicy;

    /** Reads the {@code SECURE_*} settings once. */
    public SecurityMiddleware(Settings settings) {
        SecuritySettings sec = settings.security();
        this.redirect = sec.sslRedirect();
        this.redirectHost = sec.sslHost() == null || sec.sslHost().isEmpty() ? null : sec.sslHost();
        this.redirectExempt = sec.redirectExempt().toArray(new Pattern[0]);
        if (sec.hstsSeconds() > 0) {
            String value = "max-age=" + sec.hstsSeconds();
            if (sec.hstsIncludeSubdomains()) {
                value += "; includeSubDomains";
            }
            if (sec.hstsPreload()) {
                value += "; preload";
            }
            this.hsts = value;
        } else {
            this.hsts = null;
        }
        this.nosniff = sec.contentTypeNosniff();
        this.referrerPolicy = sec.referrerPolicy().isEmpty() ? null : String.join(",", sec.referrerPolicy());
        String coop = sec.crossOriginOpenerPolicy();
        this.crossOriginOpenerPolicy = coop == null || coop.isEmpty() ? null : coop;
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse response = processRequest(request);
        if (response == null) {
            response = next.handle(request);
        }
        return processResponse(request, response);
    }

    private HttpResponse processRequest(HttpRequest request) {
        if (!redirect || request.isSecure()) {
            return null;
        }
        String path = stripLeadingSlashes(request.path());
        for (Pattern exempt : redirectExempt) {
            if (exempt.matcher(path).find()) {
                return null;
            }
        }
        String host = redirectHost != null ? redirectHost : request.host();
        return new HttpResponsePermanentRedirect("https://" + host + request.fullPath());
    }

    private HttpResponse processResponse(HttpRequest request, HttpResponse response) {
        if (hsts != null && !response.hasHeader("Strict-Transport-Security") && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        if (nosniff && !response.hasHeader("X-Content-Type-Options")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        if (referrerPolicy != null && !response.hasHeader("Referrer-Policy")) {
            response.setHeader("Referrer-Policy", referrerPolicy);
        }
        if (crossOriginOpenerPolicy != null && !response.hasHeader("Cross-Origin-Opener-Policy")) {
            response.setHeader("Cross-Origin-Opener-Policy", crossOriginOpenerPolicy);
        }
        return response;
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }
}
