package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;

/**
 * Sets {@code request.user()} to the logged-in user, lazily: Django's
 * {@code AuthenticationMiddleware}. Nothing is read until {@link Auth#user} asks. Put it after
 * {@code SessionMiddleware}. It also leaves the settings on the request for the
 * {@link AuthDecorators} ({@link #SETTINGS_ATTRIBUTE}).
 */
public final class AuthenticationMiddleware implements Middleware {
    /** The request attribute holding the site's settings. */
    public static final String SETTINGS_ATTRIBUTE = "quintet.auth.settings";
    private final Settings settings;

    /** The middleware factory: {@code AuthenticationMiddleware::new}. */
    public AuthenticationMiddleware(Settings settings) {
        this.settings = settings;
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        if (!(request.session() instanceof SessionStore)) {
            throw new IllegalStateException("The authentication middleware requires session middleware to be "
                    + "installed. Edit your MIDDLEWARE setting to insert SessionMiddleware before "
                    + "AuthenticationMiddleware.");
        }
        request.setAttribute(SETTINGS_ATTRIBUTE, settings);
        request.setUser(new LazyUser(() -> Auth.getUser(request, settings)));
        return next.handle(request);
    }

    static Settings settingsOf(HttpRequest request) {
        if (request.attribute(SETTINGS_ATTRIBUTE) instanceof Settings s) {
            return s;
        }
        throw new IllegalStateException("AuthenticationMiddleware is not installed: add it to MIDDLEWARE.");
    }

}
