package dev.quintet.contrib.messages;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;

/**
 * Gives each request its message storage and stores what is left at the end: Django's
 * {@code MessageMiddleware}. {@code MessageMiddleware::new} uses {@link FallbackStorage} at level
 * {@code INFO}; {@link #using(Kind, int)} picks another {@code MESSAGE_STORAGE} or
 * {@code MESSAGE_LEVEL}. Put it after {@code SessionMiddleware}.
 */
public final class MessageMiddleware implements Middleware {
    /** {@code MESSAGE_STORAGE}. */
    public enum Kind {
        /** {@link CookieStorage}. */
        COOKIE,
        /** {@link SessionStorage}. */
        SESSION,
        /** {@link FallbackStorage}. */
        FALLBACK
    }

    private final Settings settings;
    private final Kind kind;
    private final int level;

    /** The default: fallback storage, {@code INFO} and above. */
    public MessageMiddleware(Settings settings) {
        this(settings, Kind.FALLBACK, Messages.INFO);
    }

    private MessageMiddleware(Settings settings, Kind kind, int level) {
        this.settings = settings;
        this.kind = kind;
        this.level = level;
    }

    /** A factory for {@code MIDDLEWARE} with another storage and level. */
    public static Middleware.Factory using(Kind kind, int level) {
        return s -> new MessageMiddleware(s, kind, level);
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        MessageStorage storage = switch (kind) {
            case COOKIE -> new CookieStorage(request, settings, level);
            case SESSION -> new SessionStorage(request, level);
            case FALLBACK -> new FallbackStorage(request, settings, level);
        };
        request.setAttribute(Messages.STORAGE_ATTRIBUTE, storage);
        HttpResponse response = next.handle(request);
        storage.update(response);
        return response;
    }
}
