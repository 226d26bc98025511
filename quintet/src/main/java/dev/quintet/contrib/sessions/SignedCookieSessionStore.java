package dev.quintet.contrib.sessions;

import dev.quintet.conf.Settings;
import dev.quintet.signing.BadSignature;
import dev.quintet.signing.Signing;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sessions kept in the cookie itself, signed (not encrypted): Django's
 * {@code backends.signed_cookies}. The session key is the signed data; saving changes it.
 */
public class SignedCookieSessionStore extends SessionStore {
    private static final String SALT = "django.contrib.sessions.backends.signed_cookies";

    /** A store reading {@code sessionKey}, the cookie's value. */
    public SignedCookieSessionStore(String sessionKey, Settings settings) {
        super(sessionKey, settings);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Map<String, Object> load() {
        try {
            Object data = Signing.loads(sessionKey(), settings, SALT, settings.sessions().cookieAge());
            if (data instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
        } catch (BadSignature e) {
            // tampered, expired or foreign: start afresh
        }
        create();
        return new LinkedHashMap<>();
    }

    @Override
    public boolean exists(String key) {
        return false;
    }

    @Override
    public void create() {
        setModified(true);
    }

    @Override
    public void save(boolean mustCreate) {
        setSessionKey(Signing.dumps(data(), settings, SALT, true));
        setModified(true);
    }

    @Override
    public void delete(String key) {
        setSessionKey("");
        setCachedData(new LinkedHashMap<>());
        setModified(true);
    }

    @Override
    public void cycleKey() {
        save(false);
    }
}
