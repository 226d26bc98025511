package dev.quintet.contrib.sessions;

import dev.quintet.cache.Cache;
import dev.quintet.conf.Settings;

/**
 * Where sessions live: Django's {@code SESSION_ENGINE}. Pick one of the built-in back ends or
 * implement your own {@link SessionStore}.
 *
 * <pre>{@code
 * SessionEngine.database()              // django.contrib.sessions.backends.db (the default)
 * SessionEngine.cache(caches.cache())   // ...backends.cache (any cache, Redis included)
 * SessionEngine.cachedDb(caches.cache())// ...backends.cached_db
 * SessionEngine.signedCookies()         // ...backends.signed_cookies
 * }</pre>
 */
@FunctionalInterface
public interface SessionEngine {
    /** A store for the session {@code sessionKey} (null for a new one), not loaded yet. */
    SessionStore store(String sessionKey, Settings settings);

    /** Removes expired sessions (the {@code clearsessions} command); a no-op where the store cannot. */
    default void clearExpired(Settings settings) {
    }

    /** Sessions in the {@code django_session} table of the current default database. */
    static SessionEngine database() {
        return new SessionEngine() {
            @Override
            public SessionStore store(String sessionKey, Settings settings) {
                return new DatabaseSessionStore(sessionKey, settings);
            }

            @Override
            public void clearExpired(Settings settings) {
                DatabaseSessionStore.clearExpired();
            }
        };
    }

    /** Sessions in {@code cache} only (fast; lost when the cache is). */
    static SessionEngine cache(Cache cache) {
        return (key, settings) -> new CacheSessionStore(key, settings, cache);
    }

    /** Sessions written through {@code cache} to the database, read from the cache first. */
    static SessionEngine cachedDb(Cache cache) {
        return new SessionEngine() {
            @Override
            public SessionStore store(String sessionKey, Settings settings) {
                return new CachedDbSessionStore(sessionKey, settings, cache);
            }

            @Override
            public void clearExpired(Settings settings) {
                DatabaseSessionStore.clearExpired();
            }
        };
    }

    /** Sessions in a signed cookie (readable by the client, not changeable). */
    static SessionEngine signedCookies() {
        return SignedCookieSessionStore::new;
    }
}
