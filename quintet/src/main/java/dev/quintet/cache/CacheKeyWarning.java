package dev.quintet.cache;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's {@code CacheKeyWarning}: keys that memcached would refuse (longer than 250 characters,
 * or containing spaces or control characters) are logged as warnings on this class's logger
 * ({@code dev.quintet.cache.CacheKeyWarning}), so code stays portable between back ends. The
 * other back ends accept such keys; silence the logger to ignore the warning.
 */
public final class CacheKeyWarning {
    /** memcached's limit on a key's length. */
    public static final int MEMCACHE_MAX_KEY_LENGTH = 250;

    private static final Logger LOG = LoggerFactory.getLogger(CacheKeyWarning.class);

    private CacheKeyWarning() {
    }

    /** Django's {@code memcache_key_warnings}: the warnings for {@code key}, none for a good key. */
    public static List<String> messages(String key) {
        List<String> messages = new ArrayList<>(2);
        if (key.length() > MEMCACHE_MAX_KEY_LENGTH) {
            messages.add("Cache key will cause errors if used with memcached: " + repr(key)
                    + " (longer than " + MEMCACHE_MAX_KEY_LENGTH + ")");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 33 || c == 127) {
                messages.add("Cache key contains characters that will cause errors if used with memcached: " + repr(key));
                break;
            }
        }
        return messages;
    }

    /** Logs the warnings for {@code key}; cheap for the usual short, clean key. */
    static void check(String key) {
        if (key.length() <= MEMCACHE_MAX_KEY_LENGTH && isClean(key)) {
            return;
        }
        for (String message : messages(key)) {
            LOG.warn(message);
        }
    }

    private static boolean isClean(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 33 || c == 127) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code repr} of a str, enough for a readable warning. */
    private static String repr(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 32 || c == 127) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }
}
