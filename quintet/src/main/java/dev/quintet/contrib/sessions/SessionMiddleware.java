package dev.quintet.contrib.sessions;

import dev.quintet.conf.Settings;
import dev.quintet.http.BadRequest;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import dev.quintet.utils.Headers;

/**
 * Gives every request its session and writes it back: Django's
 * {@code django.contrib.sessions.middleware.SessionMiddleware}.
 *
 * <p>Request phase: {@code request.session()} becomes a store for the key in the
 * {@code SESSION_COOKIE_NAME} cookie, not loaded (no query unless the view reads the session).
 * Response phase, as Django:
 * <ul>
 * <li>a request that sent the cookie but whose session is now empty gets the cookie deleted;</li>
 * <li>an accessed session adds {@code Vary: Cookie};</li>
 * <li>a modified (or, with {@code SESSION_SAVE_EVERY_REQUEST}, any) non-empty session is saved and
 *     its cookie set, with {@code Max-Age}/{@code expires} unless it ends with the browser — not for
 *     5xx responses;</li>
 * <li>a session deleted by a concurrent request while this one ran is a 400 ({@link SessionInterrupted}).</li>
 * </ul>
 */
public final class SessionMiddleware implements Middleware {
    private final Settings settings;
    private final SessionSettings config;

    /** The middleware factory: {@code SessionMiddleware::new}. */
    public SessionMiddleware(Settings settings) {
        this.settings = settings;
        this.config = settings.sessions();
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        String key = request.COOKIES().get(config.cookieName());
        SessionStore session = config.engine().store(key, settings);
        request.setSession(session);
        HttpResponse response = next.handle(request);
        if (request.session() instanceof SessionStore current) {
            processResponse(request, current, response);
        }
        return response;
    }

    private void processResponse(HttpRequest request, SessionStore session, HttpResponse response) {
        boolean empty = session.isEmpty();
        if (request.COOKIES().containsKey(config.cookieName()) && empty) {
            response.deleteCookie(config.cookieName(), config.cookiePath(), config.cookieDomain(), config.cookieSameSite());
            Headers.patchVaryHeaders(response, "Cookie");
            return;
        }
        if (session.isAccessed()) {
            Headers.patchVaryHeaders(response, "Cookie");
        }
        if ((session.isModified() || config.saveEveryRequest()) && !empty && response.status() < 500) {
            try {
                session.save(false);
            } catch (SessionStore.UpdateError e) {
                throw new SessionInterrupted();
            }
            Cookie cookie = Cookie.of(config.cookieName(), session.sessionKey()).path(config.cookiePath());
            if (!session.expireAtBrowserClose()) {
                long maxAge = session.expiryAge();
                cookie = cookie.maxAge(maxAge).expires(Headers.httpDate(System.currentTimeMillis() / 1000 + maxAge));
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
        }
    }

    /** The session was deleted by another request while this one ran: a 400, as Django. */
    public static final class SessionInterrupted extends BadRequest {
        private static final long serialVersionUID = 1L;

        SessionInterrupted() {
            super("The request's session was deleted before the request completed. The user may have logged "
                    + "out in a concurrent request, for example.");
        }
    }
}
