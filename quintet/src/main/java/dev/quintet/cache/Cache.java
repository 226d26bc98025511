package dev.quintet.cache;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cache back end: Django's {@code django.core.cache.backends.base.BaseCache} contract.
 *
 * <p>How it works: every method turns the user's key into the stored key with the cache's
 * {@linkplain KeyFunction key function} ({@code prefix:version:key} by default), checks it like
 * Django's {@code validate_key} (a {@link CacheKeyWarning} is logged for keys memcached would
 * refuse), converts the timeout into an expiry, and hands the value, encoded by the cache's
 * {@link CacheSerializer}, to the storage. Back ends: {@link LocMemCache}, {@link FileBasedCache},
 * {@link DatabaseCache}, {@link DummyCache} and, in {@code quintet-redis}, {@code RedisCache}.
 *
 * <pre>{@code
 * Cache cache = caches.get("default");
 * cache.set("greeting", "hello", Duration.ofMinutes(5));
 * String greeting = cache.get("greeting", String.class);       // "hello"
 * List<?> posts = cache.getOrSet("posts", () -> loadPosts(), 60);
 * cache.incr("hits");                                        // IllegalArgumentException if missing
 * }</pre>
 *
 * <p>Timeouts, as in Django: methods without one use the cache's default ({@code TIMEOUT},
 * 300 s unless configured); {@code null} or {@link #FOREVER} never expires; zero or negative
 * does not cache (the value is expired at once). Values are copied in and out: mutating a list
 * returned by {@code get} never changes the cached one.
 *
 * <p>Methods taking an {@code Integer version} use the cache's {@code VERSION} when it is
 * {@code null}.
 */
public interface Cache extends AutoCloseable {

    /** A timeout meaning "never expires"; {@code null} means the same. */
    Duration FOREVER = ChronoUnit.FOREVER.getDuration();

    /** Django's default {@code TIMEOUT}: 300 seconds. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    /** The timeout used by the methods that take none. */
    Duration defaultTimeout();

    /** The stored key for {@code key}: the key function applied with the prefix and version. */
    String makeKey(String key, Integer version);

    // ---- the back-end contract -------------------------------------------------------------

    /** The value for {@code key}, or {@code defaultValue} when missing or expired. */
    Object get(String key, Object defaultValue, Integer version);

    /** Stores {@code value}; {@code timeout} {@code null} for ever, zero or less to expire it. */
    void set(String key, Object value, Duration timeout, Integer version);

    /** Stores {@code value} only if the key is missing; true when it stored it. */
    boolean add(String key, Object value, Duration timeout, Integer version);

    /** Gives an existing key a new timeout; true when the key existed. */
    boolean touch(String key, Duration timeout, Integer version);

    /** Removes the key; true when it existed. */
    boolean delete(String key, Integer version);

    /** The values of the keys that exist, keyed by the given (unprefixed) keys. */
    Map<String, Object> getMany(Collection<String> keys, Integer version);

    /** Stores every entry; returns the keys that could not be stored (usually none). */
    List<String> setMany(Map<String, ?> values, Duration timeout, Integer version);

    /** Removes every key. */
    void deleteMany(Collection<String> keys, Integer version);

    /**
     * Adds {@code delta} to the integer stored at {@code key} and returns the result, keeping the
     * key's expiry; the result is stored as a {@code Long}.
     *
     * @throws IllegalArgumentException when the key is missing (Django's {@code ValueError})
     */
    long incr(String key, long delta, Integer version);

    /** True when the key exists and has not expired. */
    boolean has(String key, Integer version);

    /** Removes every entry of this cache (see each back end for what "every" means). */
    void clear();

    /** Releases connections and threads; the cache must not be used after. */
    @Override
    void close();

    // ---- conveniences, as Django's keyword arguments ------------------------------------------

    /** The value for {@code key}, or {@code null}. */
    default Object get(String key) {
        return get(key, null, null);
    }

    /** The value for {@code key}, or {@code defaultValue}. */
    default Object get(String key, Object defaultValue) {
        return get(key, defaultValue, null);
    }

    /**
     * The value for {@code key} cast to {@code type}, or {@code null}.
     *
     * @throws ClassCastException when the stored value is of another type
     */
    default <T> T get(String key, Class<T> type) {
        return type.cast(get(key, null, null));
    }

    /** Stores with the default timeout. */
    default void set(String key, Object value) {
        set(key, value, defaultTimeout(), null);
    }

    /** Stores with {@code timeout} ({@code null}: for ever). */
    default void set(String key, Object value, Duration timeout) {
        set(key, value, timeout, null);
    }

    /** Stores for {@code seconds} (zero or less: not cached). */
    default void set(String key, Object value, long seconds) {
        set(key, value, Duration.ofSeconds(seconds), null);
    }

    /** {@link #add(String, Object, Duration, Integer)} with the default timeout. */
    default boolean add(String key, Object value) {
        return add(key, value, defaultTimeout(), null);
    }

    /** {@link #add(String, Object, Duration, Integer)} with the default version. */
    default boolean add(String key, Object value, Duration timeout) {
        return add(key, value, timeout, null);
    }

    /**
     * The cached value, or the supplier's value, which is then added with {@code timeout} and
     * read back (so a concurrent writer's value wins, as in Django).
     */
    @SuppressWarnings("unchecked")
    default <T> T getOrSet(String key, Supplier<? extends T> supplier, Duration timeout, Integer version) {
        Object missing = MissingValue.INSTANCE;
        Object value = get(key, missing, version);
        if (value != missing) {
            return (T) value;
        }
        T computed = supplier.get();
        add(key, computed, timeout, version);
        return (T) get(key, computed, version);
    }

    /** {@link #getOrSet(String, Supplier, Duration, Integer)} with the default timeout. */
    default <T> T getOrSet(String key, Supplier<? extends T> supplier) {
        return getOrSet(key, supplier, defaultTimeout(), null);
    }

    /** {@link #getOrSet(String, Supplier, Duration, Integer)} with a timeout. */
    default <T> T getOrSet(String key, Supplier<? extends T> supplier, Duration timeout) {
        return getOrSet(key, supplier, timeout, null);
    }

    /** {@link #getOrSet(String, Supplier, Duration, Integer)} with a timeout in seconds. */
    default <T> T getOrSet(String key, Supplier<? extends T> supplier, long seconds) {
        return getOrSet(key, supplier, Duration.ofSeconds(seconds), null);
    }

    /** Refreshes an existing key with the default timeout. */
    default boolean touch(String key) {
        return touch(key, defaultTimeout(), null);
    }

    /** Refreshes an existing key with {@code timeout} ({@code null}: for ever). */
    default boolean touch(String key, Duration timeout) {
        return touch(key, timeout, null);
    }

    /** Removes the key; true when it existed. */
    default boolean delete(String key) {
        return delete(key, null);
    }

    /** The values of the keys that exist. */
    default Map<String, Object> getMany(Collection<String> keys) {
        return getMany(keys, null);
    }

    /** Stores every entry with the default timeout. */
    default List<String> setMany(Map<String, ?> values) {
        return setMany(values, defaultTimeout(), null);
    }

    /** Stores every entry with {@code timeout}. */
    default List<String> setMany(Map<String, ?> values, Duration timeout) {
        return setMany(values, timeout, null);
    }

    /** Removes every key. */
    default void deleteMany(Collection<String> keys) {
        deleteMany(keys, null);
    }

    /** Adds one. */
    default long incr(String key) {
        return incr(key, 1, null);
    }

    /** Adds {@code delta}. */
    default long incr(String key, long delta) {
        return incr(key, delta, null);
    }

    /** Subtracts one. */
    default long decr(String key) {
        return incr(key, -1, null);
    }

    /** Subtracts {@code delta}. */
    default long decr(String key, long delta) {
        return incr(key, -delta, null);
    }

    /** Subtracts {@code delta} at {@code version}. */
    default long decr(String key, long delta, Integer version) {
        return incr(key, -delta, version);
    }

    /** True when the key exists. */
    default boolean has(String key) {
        return has(key, null);
    }

    /**
     * Moves the value from {@code version} (default: the cache's) to {@code version + delta} and
     * returns the new version; the moved value gets the default timeout, as in Django.
     *
     * @throws IllegalArgumentException when the key is missing
     */
    default int incrVersion(String key, int delta, Integer version) {
        int from = version == null ? defaultVersion() : version;
        Object missing = MissingValue.INSTANCE;
        Object value = get(key, missing, from);
        if (value == missing) {
            throw new IllegalArgumentException("Key '" + key + "' not found");
        }
        set(key, value, defaultTimeout(), from + delta);
        delete(key, from);
        return from + delta;
    }

    /** Moves the value one version up. */
    default int incrVersion(String key) {
        return incrVersion(key, 1, null);
    }

    /** Moves the value one version down. */
    default int decrVersion(String key) {
        return incrVersion(key, -1, null);
    }

    /** Moves the value {@code delta} versions down. */
    default int decrVersion(String key, int delta, Integer version) {
        return incrVersion(key, -delta, version);
    }

    /** The cache's {@code VERSION}. */
    int defaultVersion();
}
