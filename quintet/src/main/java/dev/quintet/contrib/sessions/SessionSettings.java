package dev.quintet.contrib.sessions;

import java.time.Duration;
import java.util.Objects;

/**
 * Django's {@code SESSION_*} settings, with Django's defaults ({@link #DEFAULTS}); set them with
 * {@code Settings.builder().sessions(SessionSettings.DEFAULTS.withEngine(SessionEngine.cache(cache)))}.
 *
 * @param engine               {@code SESSION_ENGINE}: where sessions are stored (default: the database)
 * @param cookieName           {@code SESSION_COOKIE_NAME}, {@code sessionid}
 * @param cookieAge            {@code SESSION_COOKIE_AGE}, two weeks
 * @param cookieDomain         {@code SESSION_COOKIE_DOMAIN}, none
 * @param cookiePath           {@code SESSION_COOKIE_PATH}, {@code /}
 * @param cookieSecure         {@code SESSION_COOKIE_SECURE}, false
 * @param cookieHttpOnly       {@code SESSION_COOKIE_HTTPONLY}, true
 * @param cookieSameSite       {@code SESSION_COOKIE_SAMESITE}, {@code Lax} (null: no attribute)
 * @param saveEveryRequest     {@code SESSION_SAVE_EVERY_REQUEST}, false
 * @param expireAtBrowserClose {@code SESSION_EXPIRE_AT_BROWSER_CLOSE}, false
 */
public record SessionSettings(SessionEngine engine, String cookieName, Duration cookieAge, String cookieDomain,
                              String cookiePath, boolean cookieSecure, boolean cookieHttpOnly, String cookieSameSite,
                              boolean saveEveryRequest, boolean expireAtBrowserClose) {
    /** Django's defaults, sessions in the database. */
    public static final SessionSettings DEFAULTS = new SessionSettings(SessionEngine.database(), "sessionid",
            Duration.ofSeconds(1_209_600), null, "/", false, true, "Lax", false, false);

    /** Validates. */
    public SessionSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(cookieName, "cookieName");
        Objects.requireNonNull(cookieAge, "cookieAge");
        Objects.requireNonNull(cookiePath, "cookiePath");
    }

    /** With another {@code SESSION_ENGINE}. */
    public SessionSettings withEngine(SessionEngine e) {
        return new SessionSettings(e, cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, saveEveryRequest, expireAtBrowserClose);
    }

    /** With another {@code SESSION_COOKIE_NAME}. */
    public SessionSettings withCookieName(String name) {
        return new SessionSettings(engine, name, cookieAge, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, saveEveryRequest, expireAtBrowserClose);
    }

    /** With another {@code SESSION_COOKIE_AGE}. */
    public SessionSettings withCookieAge(Duration age) {
        return new SessionSettings(engine, cookieName, age, cookieDomain, cookiePath, cookieSecure, cookieHttpOnly,
                cookieSameSite, saveEveryRequest, expireAtBrowserClose);
    }

    /** With the cookie's domain, path, {@code Secure}, {@code HttpOnly} and {@code SameSite}. */
    public SessionSettings withCookie(String domain, String path, boolean secure, boolean httpOnly, String sameSite) {
        return new SessionSettings(engine, cookieName, cookieAge, domain, path, secure, httpOnly, sameSite,
                saveEveryRequest, expireAtBrowserClose);
    }

    /** With {@code SESSION_SAVE_EVERY_REQUEST}. */
    public SessionSettings withSaveEveryRequest(boolean value) {
        return new SessionSettings(engine, cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure,
                cookieHttpOnly, cookieSameSite, value, expireAtBrowserClose);
    }

    /** With {@code SESSION_EXPIRE_AT_BROWSER_CLOSE}. */
    public SessionSettings withExpireAtBrowserClose(boolean value) {
        return new SessionSettings(engine, cookieName, cookieAge, cookieDomain, cookiePath, cookieSecure,
                cookieHttpOnly, cookieSameSite, saveEveryRequest, value);
    }
}
