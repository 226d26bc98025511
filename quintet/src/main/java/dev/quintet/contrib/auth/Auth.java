package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.PermissionDenied;
import dev.quintet.middleware.csrf.Csrf;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Django's {@code django.contrib.auth} functions: {@code authenticate}, {@code login},
 * {@code logout}, {@code get_user}, {@code update_session_auth_hash}, and {@code request.user}.
 *
 * <pre>{@code
 * BaseUser user = Auth.authenticate(request, settings, Map.of("username", u, "password", p));
 * if (user != null) {
 *     Auth.login(request, user, settings);      // new session key, new CSRF token
 * }
 * Auth.user(request).isAuthenticated();
 * Auth.logout(request, settings);               // the session is flushed
 * }</pre>
 *
 * <p>The session holds Django's keys: {@code _auth_user_id} (the key as a string),
 * {@code _auth_user_backend} (the back end's name) and {@code _auth_user_hash} (an HMAC of the
 * password hash), so a Django session logs in here and the reverse; changing the password
 * invalidates other sessions.
 */
public final class Auth {
    /** Session key of the user's primary key. */
    public static final String SESSION_KEY = "_auth_user_id";
    /** Session key of the back end that authenticated the user. */
    public static final String BACKEND_SESSION_KEY = "_auth_user_backend";
    /** Session key of the password-derived hash. */
    public static final String HASH_SESSION_KEY = "_auth_user_hash";
    private static final String AUTHENTICATED_ATTRIBUTE = "quintet.auth.authenticated";

    private Auth() {
    }

    private record Authenticated(BaseUser user, String backend) {
    }

    /**
     * The user {@code credentials} identify, asking each back end in turn; null when none does
     * (or a back end refused with {@link PermissionDenied}).
     */
    public static BaseUser authenticate(HttpRequest request, Settings settings, Map<String, String> credentials) {
        for (AuthBackend backend : settings.auth().backends()) {
            BaseUser user;
            try {
                user = backend.authenticate(request, credentials, settings);
            } catch (PermissionDenied e) {
                return null;
            }
            if (user != null) {
                if (request != null) {
                    request.setAttribute(AUTHENTICATED_ATTRIBUTE, new Authenticated(user, backend.name()));
                }
                return user;
            }
        }
        return null;
    }

    /** Logs {@code user} in with the back end that authenticated it (or the only one configured). */
    public static void login(HttpRequest request, BaseUser user, Settings settings) {
        login(request, user, settings, null);
    }

    /**
     * Logs {@code user} in: the session key is cycled (or the session flushed when another user
     * was logged in), the user's keys stored, the CSRF token rotated and {@code last_login} updated.
     */
    public static void login(HttpRequest request, BaseUser user, Settings settings, String backendName) {
        Objects.requireNonNull(user, "user");
        SessionStore session = SessionStore.of(request);
        String hash = user.sessionAuthHash(settings.secretKey());
        String userId = String.valueOf(user.pk());
        if (session.containsKey(SESSION_KEY)) {
            if (!userId.equals(String.valueOf(session.get(SESSION_KEY)))
                    || !constantTimeEquals(String.valueOf(session.get(HASH_SESSION_KEY, "")), hash)) {
                session.flush();   // another user's session: nothing of it survives
            }
        } else {
            session.cycleKey();   // against session fixation
        }
        session.set(SESSION_KEY, userId);
        session.set(BACKEND_SESSION_KEY, backendFor(request, user, settings, backendName));
        session.set(HASH_SESSION_KEY, hash);
        request.setUser(user);
        Csrf.rotateToken(request);
        user.updateLastLogin(Instant.now());
    }

    private static String backendFor(HttpRequest request, BaseUser user, Settings settings, String backendName) {
        if (backendName != null) {
            return backendName;
        }
        if (request.attribute(AUTHENTICATED_ATTRIBUTE) instanceof Authenticated a && a.user == user) {
            return a.backend;
        }
        List<AuthBackend> backends = settings.auth().backends();
        if (backends.size() == 1) {
            return backends.getFirst().name();
        }
        throw new IllegalArgumentException("You have multiple authentication backends configured and therefore "
                + "must provide the `backend` argument or set the `backend` attribute on the user.");
    }

    /** Logs out: the session is flushed and the request's user becomes anonymous. */
    public static void logout(HttpRequest request, Settings settings) {
        SessionStore.of(request).flush();
        request.setUser(AnonymousUser.INSTANCE);
    }

    /**
     * The user the session names, if its back end is configured, it still exists and the
     * password has not changed since login (checked against {@code SECRET_KEY}, then the
     * fallback keys, re-signing the session with the current key); otherwise
     * {@link AnonymousUser} (and the session is flushed if the hash did not match).
     */
    public static BaseUser getUser(HttpRequest request, Settings settings) {
        SessionStore session = SessionStore.of(request);
        Object userId = session.get(SESSION_KEY);
        Object backendName = session.get(BACKEND_SESSION_KEY);
        if (userId == null || backendName == null) {
            return AnonymousUser.INSTANCE;
        }
        for (AuthBackend backend : settings.auth().backends()) {
            if (!backend.name().equals(backendName)) {
                continue;
            }
            BaseUser user = backend.getUser(userId, settings);
            if (user == null) {
                return AnonymousUser.INSTANCE;
            }
            String stored = String.valueOf(session.get(HASH_SESSION_KEY, ""));
            if (constantTimeEquals(stored, user.sessionAuthHash(settings.secretKey()))) {
                return user;
            }
            for (String fallback : settings.secretKeyFallbacks()) {
                if (constantTimeEquals(stored, user.sessionAuthHash(fallback))) {
                    session.cycleKey();
                    session.set(HASH_SESSION_KEY, user.sessionAuthHash(settings.secretKey()));
                    return user;
                }
            }
            session.flush();
            return AnonymousUser.INSTANCE;
        }
        return AnonymousUser.INSTANCE;
    }

    /**
     * {@code request.user}: the user set by {@link AuthenticationMiddleware}, loaded on first call
     * (no query before); {@link AnonymousUser} without the middleware.
     */
    public static BaseUser user(HttpRequest request) {
        Object slot = request.user();
        if (slot instanceof LazyUser lazy) {
            BaseUser user = lazy.get();
            request.setUser(user);
            return user;
        }
        return slot instanceof BaseUser u ? u : AnonymousUser.INSTANCE;
    }

    /** Keeps the current session logged in after a password change (Django's {@code update_session_auth_hash}). */
    public static void updateSessionAuthHash(HttpRequest request, BaseUser user, Settings settings) {
        SessionStore session = SessionStore.of(request);
        session.cycleKey();
        if (String.valueOf(user.pk()).equals(String.valueOf(session.get(SESSION_KEY)))) {
            session.set(HASH_SESSION_KEY, user.sessionAuthHash(settings.secretKey()));
        }
    }

    /** True when {@code user} has every permission in {@code perms} according to some back end. */
    public static boolean hasPerms(BaseUser user, Settings settings, String... perms) {
        if (!user.isAuthenticated() || !user.isActive()) {
            return false;
        }
        List<String> missing = new ArrayList<>(List.of(perms));
        for (AuthBackend backend : settings.auth().backends()) {
            missing.removeIf(p -> backend.hasPerm(user, p));
        }
        return missing.isEmpty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
