package dev.quintet.contrib.sessions;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.signing.BadSignature;
import dev.quintet.signing.Signing;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's session: Django's {@code SessionBase}, a dictionary of JSON values kept between
 * requests, loaded on first use. {@code request.session()} holds one (set by
 * {@link SessionMiddleware}); {@link #of(HttpRequest)} answers it typed.
 *
 * <pre>{@code
 * SessionStore session = SessionStore.of(request);
 * int visits = ((Number) session.get("visits", 0)).intValue();
 * session.set("visits", visits + 1);
 * session.setExpiry(Duration.ofHours(1));
 * }</pre>
 *
 * <p>Values must be what JSON holds: strings, numbers, booleans, null, lists and maps. Nothing
 * is read from the store until a value is asked for ({@link #isAccessed()}); only a modified
 * session is written back ({@link #isModified()}). Data is encoded as Django encodes it
 * ({@code signing.dumps(data, salt="django.contrib.sessions.SessionStore", compress=True)}), so
 * sessions move between Django and Quintet sites sharing the secret key.
 */
public abstract class SessionStore {
    /** The session key holding a custom expiry (seconds, or an ISO date-time). */
    public static final String EXPIRY_KEY = "_session_expiry";
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String KEY_SALT = "django.contrib.sessions.SessionStore";
    /** Python's {@code datetime.isoformat()} of an aware UTC date-time. */
    private static final java.time.format.DateTimeFormatter ISO =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(java.time.ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger("dev.quintet.security.SuspiciousSession");

    /** The site's settings. */
    protected final Settings settings;
    private String sessionKey;
    private Map<String, Object> cache;
    private boolean accessed;
    private boolean modified;

    /** A store for {@code sessionKey} (null: a new session). */
    protected SessionStore(String sessionKey, Settings settings) {
        this.settings = settings;
        this.sessionKey = validKey(sessionKey) ? sessionKey : null;
    }

    /** The session of {@code request}; {@link IllegalStateException} without {@link SessionMiddleware}. */
    public static SessionStore of(HttpRequest request) {
        if (request.session() instanceof SessionStore s) {
            return s;
        }
        throw new IllegalStateException("The session is not available: add SessionMiddleware to MIDDLEWARE.");
    }

    // ---- the back end's part -------------------------------------------------------------

    /** Reads the session's data; answers an empty map (and forgets the key) when there is none. */
    protected abstract Map<String, Object> load();

    /** True when a session with this key exists. */
    public abstract boolean exists(String key);

    /** Creates a new, empty session with a fresh key and saves it. */
    public abstract void create();

    /** Saves the data; {@code mustCreate} refuses to overwrite an existing session ({@link CreateError}). */
    public abstract void save(boolean mustCreate);

    /** Deletes the session {@code key} (null: this one). */
    public abstract void delete(String key);

    // ---- the dictionary ------------------------------------------------------------------

    /** The data, loaded on first use. */
    protected final Map<String, Object> data() {
        accessed = true;
        if (cache == null) {
            cache = sessionKey == null ? new LinkedHashMap<>() : new LinkedHashMap<>(load());
        }
        return cache;
    }

    /** The data without loading it when {@code noLoad} and nothing was read yet (a new session). */
    protected final Map<String, Object> data(boolean noLoad) {
        if (noLoad && cache == null) {
            cache = new LinkedHashMap<>();
        }
        return data();
    }

    /** The value of {@code key}, or null. */
    public Object get(String key) {
        return data().get(key);
    }

    /** The value of {@code key}, or {@code defaultValue}. */
    public Object get(String key, Object defaultValue) {
        return data().getOrDefault(key, defaultValue);
    }

    /** Sets {@code key}; marks the session modified. */
    public void set(String key, Object value) {
        data().put(key, value);
        modified = true;
    }

    /** True when {@code key} is set. */
    public boolean containsKey(String key) {
        return data().containsKey(key);
    }

    /** Removes and answers {@code key}'s value (or {@code defaultValue}); modified only if it was there. */
    public Object pop(String key, Object defaultValue) {
        Map<String, Object> d = data();
        if (d.containsKey(key)) {
            modified = true;
            return d.remove(key);
        }
        return defaultValue;
    }

    /** Removes {@code key}; Django's {@code del session[key]}. */
    public void remove(String key) {
        data().remove(key);
        modified = true;
    }

    /** The value of {@code key}, setting it to {@code value} first when absent. */
    public Object setdefault(String key, Object value) {
        Map<String, Object> d = data();
        if (d.containsKey(key)) {
            return d.get(key);
        }
        modified = true;
        d.put(key, value);
        return value;
    }

    /** The keys. */
    public Set<String> keys() {
        return Set.copyOf(data().keySet());
    }

    /** A copy of the data. */
    public Map<String, Object> items() {
        return new LinkedHashMap<>(data());
    }

    /** Empties the data, keeping the key (Django's {@code clear()}). */
    public void clear() {
        cache = new LinkedHashMap<>();
        accessed = true;
        modified = true;
    }

    /** True when there is neither a key nor loaded data: nothing to save, the cookie can go. */
    public boolean isEmpty() {
        return (sessionKey == null || sessionKey.isEmpty()) && (cache == null || cache.isEmpty());
    }

    // ---- keys and flags ------------------------------------------------------------------

    /** The session key, or null before the session is saved. */
    public String sessionKey() {
        return sessionKey;
    }

    /** For back ends: sets the key (null forgets it). */
    protected final void setSessionKey(String key) {
        this.sessionKey = key;
    }

    /** For back ends: replaces the loaded data. */
    protected final void setCachedData(Map<String, Object> data) {
        this.cache = data == null ? null : new LinkedHashMap<>(data);
    }

    /** True once the data was read or written in this request. */
    public boolean isAccessed() {
        return accessed;
    }

    /** True once the data was changed in this request. */
    public boolean isModified() {
        return modified;
    }

    /** Marks the session modified (e.g. after changing a mutable value in place). */
    public void setModified(boolean value) {
        this.modified = value;
    }

    /** A fresh random key not in use: 32 lower-case letters and digits. */
    protected final String newSessionKey() {
        while (true) {
            StringBuilder key = new StringBuilder(32);
            for (int i = 0; i < 32; i++) {
                key.append(KEY_CHARS.charAt(RANDOM.nextInt(KEY_CHARS.length())));
            }
            if (!exists(key.toString())) {
                return key.toString();
            }
        }
    }

    private static boolean validKey(String key) {
        return key != null && key.length() >= 8;
    }

    /** Deletes the session and starts an empty one with no key (Django's {@code flush()}, used by logout). */
    public void flush() {
        clear();
        delete(null);
        sessionKey = null;
    }

    /** Keeps the data under a new key, deleting the old one (against session fixation; used by login). */
    public void cycleKey() {
        Map<String, Object> d = data();
        String old = sessionKey;
        create();
        cache = new LinkedHashMap<>(d);
        if (old != null) {
            delete(old);
        }
    }

    // ---- expiry ----------------------------------------------------------------------------

    /**
     * Sets when the session expires: a number of seconds (0: when the browser closes), a
     * {@link Duration} or an {@link Instant} (stored as a date-time), or null for the default
     * {@code SESSION_COOKIE_AGE}.
     */
    public void setExpiry(Object value) {
        if (value == null) {
            pop(EXPIRY_KEY, null);
            return;
        }
        Object stored = switch (value) {
            case Duration d -> ISO.format(Instant.now().plus(d));
            case Instant i -> ISO.format(i);
            case Number n -> n.longValue();
            default -> throw new IllegalArgumentException("setExpiry takes seconds, a Duration, an Instant or null");
        };
        set(EXPIRY_KEY, stored);
    }

    /** Seconds until the session expires, counted from now. */
    public long expiryAge() {
        return expiryAge(data().get(EXPIRY_KEY), Instant.now());
    }

    /** Seconds until {@code expiry} (the stored form) from {@code modification}. */
    protected final long expiryAge(Object expiry, Instant modification) {
        if (expiry == null) {
            return settings.sessions().cookieAge().toSeconds();
        }
        if (expiry instanceof Number n) {
            return n.longValue();
        }
        Instant when = parseExpiry(expiry.toString());
        return Math.max(0, Duration.between(modification, when).toSeconds());
    }

    /** When the session expires. */
    public Instant expiryDate() {
        Object expiry = data().get(EXPIRY_KEY);
        if (expiry instanceof String s) {
            return parseExpiry(s);
        }
        return Instant.now().plusSeconds(expiryAge(expiry, Instant.now()));
    }

    /** True when the cookie should last only until the browser closes. */
    public boolean expireAtBrowserClose() {
        Object expiry = data().get(EXPIRY_KEY);
        if (expiry == null) {
            return settings.sessions().expireAtBrowserClose();
        }
        return expiry instanceof Number n && n.longValue() == 0;
    }

    private static Instant parseExpiry(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    // ---- encoding -------------------------------------------------------------------------

    /** Django's session encoding: signed, compressed JSON. */
    public String encode(Map<String, Object> sessionData) {
        return Signing.dumps(sessionData, settings, KEY_SALT, true);
    }

    /** Decodes {@link #encode}'s output; corrupt or foreign data is logged and read as empty. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> decode(String sessionData) {
        try {
            Object value = Signing.loads(sessionData, settings, KEY_SALT, null);
            return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        } catch (BadSignature e) {
            LOG.warn("Session data corrupted");
            return new LinkedHashMap<>();
        }
    }

    /** A new session could not be created: the key is taken. */
    public static final class CreateError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** With a message. */
        public CreateError(String message) {
            super(message);
        }
    }

    /** A session could not be saved: it was deleted meanwhile. */
    public static final class UpdateError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** With a message. */
        public UpdateError(String message) {
            super(message);
        }
    }
}
