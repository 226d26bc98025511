package dev.quintet.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of Django's {@code CACHES} setting.
 *
 * <pre>{@code
 * CacheConfig config = CacheConfig.of(LocMemCache::new)
 *     .withTimeout(Duration.ofMinutes(10))
 *     .withOption("MAX_ENTRIES", 1000)
 *     .withKeyPrefix("site1");
 * }</pre>
 *
 * @param backend creates the cache ({@code BACKEND})
 * @param location {@code LOCATION}: a directory, a table name, a Redis URL; "" when unused
 * @param timeout {@code TIMEOUT}, the default timeout: {@code null} for ever, zero or less for
 *     "do not cache"; 300 s unless set
 * @param options {@code OPTIONS}: {@code MAX_ENTRIES} (300), {@code CULL_FREQUENCY} (3), and
 *     back-end specific ones
 * @param keyPrefix {@code KEY_PREFIX}, "" unless set
 * @param version {@code VERSION}, 1 unless set
 * @param keyFunction {@code KEY_FUNCTION}, {@link KeyFunction#DEFAULT} unless set
 * @param serializer how values are encoded; {@link CacheSerializer#standard()} unless set
 */
public record CacheConfig(CacheBackend backend, String location, Duration timeout,
                          Map<String, Object> options, String keyPrefix, int version,
                          KeyFunction keyFunction, CacheSerializer serializer) {

    /** {@code OPTIONS} key: the number of entries before culling (default 300). */
    public static final String MAX_ENTRIES = "MAX_ENTRIES";
    /** {@code OPTIONS} key: cull 1/N of the entries when full; 0 clears everything (default 3). */
    public static final String CULL_FREQUENCY = "CULL_FREQUENCY";

    public CacheConfig {
        Objects.requireNonNull(backend, "backend");
        location = location == null ? "" : location;
        options = Map.copyOf(options);
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
        keyFunction = keyFunction == null ? KeyFunction.DEFAULT : keyFunction;
        serializer = serializer == null ? CacheSerializer.standard() : serializer;
    }

    /** Django's defaults for {@code backend}: no location, 300 s, version 1, no prefix. */
    public static CacheConfig of(CacheBackend backend) {
        return new CacheConfig(backend, "", Cache.DEFAULT_TIMEOUT, Map.of(), "", 1, null, null);
    }

    /** This configuration with {@code LOCATION}. */
    public CacheConfig withLocation(String location) {
        return new CacheConfig(backend, location, timeout, options, keyPrefix, version, keyFunction, serializer);
    }

    /** This configuration with {@code TIMEOUT} ({@code null}: never expires). */
    public CacheConfig withTimeout(Duration timeout) {
        return new CacheConfig(backend, location, timeout, options, keyPrefix, version, keyFunction, serializer);
    }

    /** This configuration with one more {@code OPTIONS} entry. */
    public CacheConfig withOption(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(options);
        copy.put(name, value);
        return new CacheConfig(backend, location, timeout, copy, keyPrefix, version, keyFunction, serializer);
    }

    /** This configuration with {@code KEY_PREFIX}. */
    public CacheConfig withKeyPrefix(String keyPrefix) {
        return new CacheConfig(backend, location, timeout, options, keyPrefix, version, keyFunction, serializer);
    }

    /** This configuration with {@code VERSION}. */
    public CacheConfig withVersion(int version) {
        return new CacheConfig(backend, location, timeout, options, keyPrefix, version, keyFunction, serializer);
    }

    /** This configuration with {@code KEY_FUNCTION}. */
    public CacheConfig withKeyFunction(KeyFunction keyFunction) {
        return new CacheConfig(backend, location, timeout, options, keyPrefix, version, keyFunction, serializer);
    }

    /** This configuration with a serializer that knows the application's registered types. */
    public CacheConfig withSerializer(CacheSerializer serializer) {
        return new CacheConfig(backend, location, timeout, options, keyPrefix, version, keyFunction, serializer);
    }

    /** An integer option, or {@code fallback}; fails naming the option when it is not a number. */
    public int intOption(String name, int fallback) {
        Object value = options.get(name);
        return switch (value) {
            case null -> fallback;
            case Number n -> n.intValue();
            case String s -> {
                try {
                    yield Integer.parseInt(s.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cache OPTIONS " + name + " must be an integer, got '" + s + "'", e);
                }
            }
            default -> throw new IllegalArgumentException("cache OPTIONS " + name + " must be an integer, got " + value);
        };
    }

    /**
     * {@code MAX_ENTRIES} and {@code CULL_FREQUENCY} of a culling back end, checked: the first
     * must be positive, the second zero or more.
     *
     * @return {@code [maxEntries, cullFrequency]}
     */
    public int[] cullingOptions() {
        int maxEntries = intOption(MAX_ENTRIES, 300);
        int cullFrequency = intOption(CULL_FREQUENCY, 3);
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("cache OPTIONS MAX_ENTRIES must be positive, got " + maxEntries);
        }
        if (cullFrequency < 0) {
            throw new IllegalArgumentException("cache OPTIONS CULL_FREQUENCY must be 0 or more, got " + cullFrequency);
        }
        return new int[] {maxEntries, cullFrequency};
    }

    /** A boolean option, or {@code fallback}. */
    public boolean booleanOption(String name, boolean fallback) {
        Object value = options.get(name);
        return switch (value) {
            case null -> fallback;
            case Boolean b -> b;
            case String s -> Boolean.parseBoolean(s.trim());
            default -> throw new IllegalArgumentException("cache OPTIONS " + name + " must be a boolean, got " + value);
        };
    }

    /** A duration option given as a {@code Duration} or as milliseconds, or {@code fallback}. */
    public Duration durationOption(String name, Duration fallback) {
        Object value = options.get(name);
        return switch (value) {
            case null -> fallback;
            case Duration d -> d;
            case Number n -> Duration.ofMillis(n.longValue());
            default -> throw new IllegalArgumentException("cache OPTIONS " + name + " must be a Duration or milliseconds, got " + value);
        };
    }
}
