package dev.quintet.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every back end shares: the configuration, key making and validation, timeouts turned into
 * expiry instants, and Django's generic {@code get_many}/{@code set_many}/{@code delete_many}/
 * {@code has_key} written on top of the single-key operations. A back end implements the
 * single-key operations and overrides the rest where it can do better.
 */
public abstract class BaseCache implements Cache {
    /** The expiry instant of an entry that never expires. */
    protected static final long NEVER = Long.MAX_VALUE;

    private final CacheConfig config;
    private final Duration defaultTimeout;

    protected BaseCache(CacheConfig config) {
        this.config = config;
        this.defaultTimeout = config.timeout();
    }

    /** The configuration this cache was built from. */
    public final CacheConfig config() {
        return config;
    }

    /** The serializer values go through. */
    protected final CacheSerializer serializer() {
        return config.serializer();
    }

    @Override
    public final Duration defaultTimeout() {
        return defaultTimeout;
    }

    @Override
    public final int defaultVersion() {
        return config.version();
    }

    @Override
    public final String makeKey(String key, Integer version) {
        return config.keyFunction().makeKey(key, config.keyPrefix(), version == null ? config.version() : version);
    }

    /** Django's {@code make_and_validate_key}: the stored key, warned about if memcached would refuse it. */
    protected final String key(String key, Integer version) {
        String made = makeKey(key, version);
        CacheKeyWarning.check(made);
        return made;
    }

    /** True for a timeout meaning "never expires": {@code null} or {@link Cache#FOREVER}. */
    protected static boolean isForever(Duration timeout) {
        return timeout == null || timeout.equals(FOREVER);
    }

    /**
     * The epoch millisecond at which a value stored now with {@code timeout} expires:
     * {@link #NEVER} for ever; now or earlier for zero and negative timeouts (stored expired).
     */
    protected static long expiresAt(Duration timeout, long nowMillis) {
        if (isForever(timeout)) {
            return NEVER;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            return nowMillis - 1;
        }
        try {
            return Math.addExact(nowMillis, timeout.toMillis());
        } catch (ArithmeticException e) {
            return NEVER;
        }
    }

    /** The sum of an integer value and {@code delta}, as Django's {@code incr} computes it. */
    protected static long increment(String key, Object current, long delta) {
        long base = switch (current) {
            case Long l -> l;
            case Integer i -> i;
            case Short s -> s;
            case Byte b -> b;
            case null, default -> throw new IllegalArgumentException(
                    "cannot increment key '" + key + "': its value is not an integer");
        };
        return Math.addExact(base, delta);
    }

    /** The error Django raises as {@code ValueError("Key '%s' not found")}. */
    protected static IllegalArgumentException notFound(String key) {
        return new IllegalArgumentException("Key '" + key + "' not found");
    }

    @Override
    public Map<String, Object> getMany(Collection<String> keys, Integer version) {
        Map<String, Object> found = new LinkedHashMap<>();
        Object missing = MissingValue.INSTANCE;
        for (String key : keys) {
            Object value = get(key, missing, version);
            if (value != missing) {
                found.put(key, value);
            }
        }
        return found;
    }

    @Override
    public List<String> setMany(Map<String, ?> values, Duration timeout, Integer version) {
        values.forEach((key, value) -> set(key, value, timeout, version));
        return new ArrayList<>(0);
    }

    @Override
    public void deleteMany(Collection<String> keys, Integer version) {
        for (String key : keys) {
            delete(key, version);
        }
    }

    @Override
    public boolean has(String key, Integer version) {
        Object missing = MissingValue.INSTANCE;
        return get(key, missing, version) != missing;
    }

    @Override
    public void close() {
    }
}
