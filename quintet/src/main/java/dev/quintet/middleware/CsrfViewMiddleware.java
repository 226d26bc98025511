package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.csrf.Csrf;
import dev.quintet.middleware.csrf.CsrfChecks;
import dev.quintet.middleware.csrf.CsrfFailure;
import dev.quintet.middleware.csrf.CsrfSettings;
import dev.quintet.utils.Headers;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-site request forgery protection: Django's {@code CsrfViewMiddleware}, same algorithm,
 * same cookie, same reasons.
 *
 * <p>How it works, per request:
 * <ol>
 * <li>request phase: the secret is read from the {@code csrftoken} cookie (or the session with
 *     {@code CSRF_USE_SESSIONS}); a malformed cookie is replaced by a new secret;</li>
 * <li>{@code processView}: safe methods ({@code GET}, {@code HEAD}, {@code OPTIONS},
 *     {@code TRACE}), {@link Csrf#exempt exempt} views and test-client requests pass; otherwise an
 *     {@code Origin} header must be the site's or trusted ({@code CSRF_TRUSTED_ORIGINS}), an HTTPS
 *     request without {@code Origin} needs a same-site {@code Referer}, and the token from the
 *     {@code csrfmiddlewaretoken} field or the {@code X-CSRFToken} header must match the secret;
 *     a failure answers 403 with the reason ({@link CsrfFailure} or {@code CSRF_FAILURE_VIEW});</li>
 * <li>response phase: if the secret was used ({@link Csrf#getToken}) or rotated, the cookie is
 *     (re)sent with {@code Vary: Cookie}.</li>
 * </ol>
 * Put it after {@code SessionMiddleware} and before anything that assumes the request is safe.
 */
public final class CsrfViewMiddleware implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quintet.security.csrf");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Settings settings;
    private final CsrfSettings config;
    private final CsrfChecks checks;

    /** The middleware factory: {@code CsrfViewMiddleware::new}. */
    public CsrfViewMiddleware(Settings settings) {
        this.settings = settings;
        this.config = settings.csrf();
        this.checks = new CsrfChecks(settings);
    }

    /** {@code view} protected as if the middleware were installed (Django's {@code csrf_protect}). */
    public static View protect(Settings settings, View view) {
        CsrfViewMiddleware middleware = new CsrfViewMiddleware(settings);
        return request -> middleware.handle(request, r -> {
            HttpResponse refused = middleware.processView(r, view);
            return refused != null ? refused : view.handle(r);
        });
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        checks.loadSecret(request);
        HttpResponse response = next.handle(request);
        checks.writeSecretIfNeeded(request, response, this::setCookie);
        return response;
    }

    @Override
    public HttpResponse processView(HttpRequest request, View view) throws Exception {
        if (checks.isDone(request) || Csrf.isExempt(view) || SAFE.contains(request.method())) {
            checks.markDone(request);
            return null;
        }
        if (request.attribute(Csrf.DONT_ENFORCE_ATTRIBUTE) == Boolean.TRUE) {
            checks.markDone(request);
            return null;
        }
        String reason = checks.rejectReason(request);
        if (reason != null) {
            return reject(request, reason);
        }
        checks.markDone(request);
        return null;
    }

    private HttpResponse reject(HttpRequest request, String reason) throws Exception {
        LOG.warn("Forbidden ({}): {}", reason, request.path());
        request.setAttribute(Csrf.REASON_ATTRIBUTE, reason);
        if (config.failureView() != null) {
            return config.failureView().handle(request);
        }
        return CsrfFailure.response(reason, settings.debug());
    }

    private void setCookie(HttpRequest request, HttpResponse response, String secret) {
        if (config.useSessions()) {
            SessionStore session = SessionStore.of(request);
            if (!secret.equals(session.get(Csrf.SESSION_KEY))) {
                session.set(Csrf.SESSION_KEY, secret);
            }
            return;
        }
        Cookie cookie = Cookie.of(config.cookieName(), secret).path(config.cookiePath());
        if (config.cookieAge() != null) {
            cookie = cookie.maxAge(config.cookieAge());
        }
        if (config.cookieDomain() != null) {
            cookie = cookie.domain(config.cookieDomain());
        }
        if (config.cookieSecure()) {
            cookie = cookie.secure();
        }
        if (config.cookieHttpOnly()) {
            cookie = cookie.httpOnly();
        }
        if (config.cookieSameSite() != null) {
            cookie = cookie.sameSite(config.cookieSameSite());
        }
        response.setCookie(cookie);
        Headers.patchVaryHeaders(response, "Cookie");
    }

}
