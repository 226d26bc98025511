package dev.quintet.redis;

import dev.quintet.cache.BaseCache;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.CacheException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis cache: Django's {@code RedisCache}, through Lettuce.
 *
 * <pre>{@code
 * CacheConfig.of(RedisCache::new)
 *     .withLocation("redis://127.0.0.1:6379/0")
 *     .withOption("IGNORE_EXCEPTIONS", true)        // the default: Redis down = cache misses
 *     .withOption("COMMAND_TIMEOUT", Duration.ofMillis(200));
 * }</pre>
 *
 * <p>How it works: one Lettuce connection, shared by every (virtual) thread, opened on first use
 * and re-opened by Lettuce after Redis comes back. Values are encoded by the
 * {@link dev.quintet.cache.CacheSerializer} (a {@code Long} as bare digits, so {@code incr} is
 * Redis's own {@code INCRBY}); timeouts are {@code SET ... PX}; a zero or negative timeout
 * deletes the key, as Django does. {@code clear} runs {@code FLUSHDB} on the configured database
 * when there is no {@code KEY_PREFIX}, and otherwise deletes only the keys starting with
 * {@code <prefix>:} (SCAN + UNLINK), so several sites can share one database.
 *
 * <p>Failures never take the site down: when Redis is unreachable or slow (beyond
 * {@code COMMAND_TIMEOUT}, 200 ms; connecting: {@code CONNECT_TIMEOUT}, 200 ms) every operation
 * logs an error and behaves as for a miss: {@code get} returns the default, {@code set} does
 * nothing, {@code add}/{@code touch}/{@code delete}/{@code has} return false, {@code setMany}
 * returns every key as failed, {@code incr} fails as for a missing key. With
 * {@code IGNORE_EXCEPTIONS} false, they throw {@link CacheException} instead. Errors Redis itself
 * reports (incrementing a non-integer) are always thrown.
 */
public final class RedisCache extends BaseCache {
    /** {@code OPTIONS} key: false to throw {@link CacheException} when Redis fails (default true). */
    public static final String IGNORE_EXCEPTIONS = "IGNORE_EXCEPTIONS";
    /** {@code OPTIONS} key: how long a command may take (a {@code Duration} or milliseconds). */
    public static final String COMMAND_TIMEOUT = "COMMAND_TIMEOUT";
    /** {@code OPTIONS} key: how long connecting may take (a {@code Duration} or milliseconds). */
    public static final String CONNECT_TIMEOUT = "CONNECT_TIMEOUT";

    private static final Logger LOG = LoggerFactory.getLogger(RedisCache.class);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

    /** INCRBY that also accepts an Integer/Short/Byte envelope, keeping the TTL; nil when missing. */
    private static final String INCR_SCRIPT = """
            local v = redis.call('GET', KEYS[1])
            if not v then return false end
            if string.match(v, '^%-?%d+$') then return redis.call('INCRBY', KEYS[1], ARGV[1]) end
            local n = string.match(v, '^%["[isy]",(%-?%d+)%]$')
            if not n then return redis.error_reply('NOTINT cached value is not an integer') end
            redis.call('SET', KEYS[1], n, 'KEEPTTL')
            return redis.call('INCRBY', KEYS[1], ARGV[1])
            """;

    private final boolean ignoreExceptions;
    private final ClientResources resources;
    private final RedisClient client;
    private final ReentrantLock connectLock = new ReentrantLock();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile long nextConnectAttempt;

    public RedisCache(CacheConfig config) {
        super(config);
        this.ignoreExceptions = config.booleanOption(IGNORE_EXCEPTIONS, true);
        Duration commandTimeout = config.durationOption(COMMAND_TIMEOUT, Duration.ofMillis(200));
        Duration connectTimeout = config.durationOption(CONNECT_TIMEOUT, Duration.ofMillis(200));
        RedisURI uri = RedisURI.create(config.location().isBlank() ? "redis://127.0.0.1:6379/0" : config.location());
        uri.setTimeout(commandTimeout);
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .build());
    }

    /** The open connection's commands, connecting first if needed (at most every 500 ms). */
    private RedisCommands<String, byte[]> redis() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            return open.sync();
        }
        connectLock.lock();
        try {
            if (connection == null) {
                long now = System.nanoTime();
                if (now - nextConnectAttempt < 0) {
                    throw new RedisException("Redis is unreachable; next connection attempt in "
                            + TimeUnit.NANOSECONDS.toMillis(nextConnectAttempt - now) + " ms");
                }
                try {
                    connection = client.connect(CODEC);
                } catch (RedisException e) {
                    nextConnectAttempt = now + RECONNECT_PAUSE.toNanos();
                    throw e;
                }
            }
            return connection.sync();
        } finally {
            connectLock.unlock();
        }
    }

    /** Runs a command; a failure of Redis (not of the caller) becomes {@code fallback}. */
    private <T> T run(String what, Supplier<T> command, Supplier<T> fallback) {
        try {
            return command.get();
        } catch (RedisLoadingException | RedisBusyException e) {
            return failed(what, e, fallback);
        } catch (RedisCommandExecutionException e) {
            throw new IllegalArgumentException("Redis refused " + what + ": " + e.getMessage(), e);
        } catch (RedisException e) {
            return failed(what, e, fallback);
        }
    }

    private <T> T failed(String what, RedisException e, Supplier<T> fallback) {
        if (!ignoreExceptions) {
            throw new CacheException("Redis cache " + what + " failed: " + e.getMessage(), e);
        }
        LOG.error("Redis cache {} failed, treated as a miss: {}", what, e.toString());
        return fallback.get();
    }

    private static SetArgs px(Duration timeout) {
        return isForever(timeout) ? new SetArgs() : SetArgs.Builder.px(timeout.toMillis());
    }

    private static boolean expiresNow(Duration timeout) {
        return !isForever(timeout) && (timeout.isNegative() || timeout.toMillis() <= 0);
    }

    @Override
    public Object get(String key, Object defaultValue, Integer version) {
        String made = key(key, version);
        byte[] raw = run("get", () -> redis().get(made), () -> null);
        return raw == null ? defaultValue : serializer().decodeBytes(raw);
    }

    @Override
    public void set(String key, Object value, Duration timeout, Integer version) {
        String made = key(key, version);
        byte[] raw = serializer().encodeBytes(value);
        run("set", () -> expiresNow(timeout) ? redis().del(made) : redis().set(made, raw, px(timeout)), () -> null);
    }

    @Override
    public boolean add(String key, Object value, Duration timeout, Integer version) {
        String made = key(key, version);
        byte[] raw = serializer().encodeBytes(value);
        return run("add", () -> {
            if (expiresNow(timeout)) {
                // Django: an add with a zero timeout reports whether it would have stored
                boolean stored = "OK".equals(redis().set(made, raw, new SetArgs().nx()));
                if (stored) {
                    redis().del(made);
                }
                return stored;
            }
            return "OK".equals(redis().set(made, raw, px(timeout).nx()));
        }, () -> false);
    }

    @Override
    public boolean touch(String key, Duration timeout, Integer version) {
        String made = key(key, version);
        return run("touch", () -> {
            if (isForever(timeout)) {
                return redis().persist(made) || redis().exists(made) > 0;
            }
            return redis().pexpire(made, Math.max(0, timeout.toMillis()));
        }, () -> false);
    }

    @Override
    public boolean delete(String key, Integer version) {
        String made = key(key, version);
        return run("delete", () -> redis().del(made) > 0, () -> false);
    }

    @Override
    public Map<String, Object> getMany(Collection<String> keys, Integer version) {
        Map<String, Object> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<String> userKeys = List.copyOf(keys);
        String[] made = userKeys.stream().map(k -> key(k, version)).toArray(String[]::new);
        run("getMany", () -> {
            var values = redis().mget(made);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).hasValue()) {
                    found.put(userKeys.get(i), serializer().decodeBytes(values.get(i).getValue()));
                }
            }
            return found;
        }, () -> found);
        return found;
    }

    @Override
    public List<String> setMany(Map<String, ?> values, Duration timeout, Integer version) {
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        values.forEach((key, value) -> encoded.put(key(key, version), serializer().encodeBytes(value)));
        return run("setMany", () -> {
            RedisCommands<String, byte[]> redis = redis();
            if (expiresNow(timeout)) {
                redis.del(encoded.keySet().toArray(String[]::new));
            } else if (isForever(timeout)) {
                redis.mset(encoded);
            } else {
                SetArgs args = px(timeout);
                encoded.forEach((made, raw) -> redis.set(made, raw, args));
            }
            return new ArrayList<String>(0);
        }, () -> new ArrayList<>(values.keySet()));
    }

    @Override
    public void deleteMany(Collection<String> keys, Integer version) {
        if (keys.isEmpty()) {
            return;
        }
        String[] made = keys.stream().map(k -> key(k, version)).toArray(String[]::new);
        run("deleteMany", () -> redis().del(made), () -> 0L);
    }

    @Override
    public long incr(String key, long delta, Integer version) {
        String made = key(key, version);
        byte[] deltaArg = Long.toString(delta).getBytes(StandardCharsets.US_ASCII);
        Long result = run("incr", () -> redis().<Long>eval(INCR_SCRIPT, ScriptOutputType.INTEGER, new String[] {made}, deltaArg),
                () -> null);
        if (result == null) {
            throw notFound(key);
        }
        return result;
    }

    @Override
    public boolean has(String key, Integer version) {
        String made = key(key, version);
        return run("has", () -> redis().exists(made) > 0, () -> false);
    }

    @Override
    public void clear() {
        String prefix = config().keyPrefix();
        run("clear", () -> {
            RedisCommands<String, byte[]> redis = redis();
            if (prefix.isEmpty()) {
                return redis.flushdb();
            }
            ScanArgs match = ScanArgs.Builder.matches(globEscape(prefix) + ":*").limit(1000);
            KeyScanCursor<String> cursor = redis.scan(match);
            while (true) {
                if (!cursor.getKeys().isEmpty()) {
                    redis.unlink(cursor.getKeys().toArray(String[]::new));
                }
                if (cursor.isFinished()) {
                    return "OK";
                }
                cursor = redis.scan(ScanCursor.of(cursor.getCursor()), match);
            }
        }, () -> "");
    }

    private static String globEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("*?[]\\^".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        resources.shutdown(0, 1, TimeUnit.SECONDS);
    }
}
