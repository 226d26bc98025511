package dev.quintet.benchmarks;

import dev.quintet.cache.Cache;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.LocMemCache;
import dev.quintet.redis.RedisCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cache get/set on the local-memory cache and on Redis (the local server at 127.0.0.1:6379, db 12,
 * which the benchmark flushes).
 *
 * <pre>
 * ./mvnw -o -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CacheBenchmark -p backend=locmem
 * </pre>
 *
 * <p>{@code getString}/{@code setString} store an immutable value (kept as is by locmem);
 * {@code getPage}/{@code setPage} a small map with a list, which every back end encodes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CacheBenchmark {
    @Param({"locmem", "redis"})
    public String backend;

    private Cache cache;
    private final Map<String, Object> page = Map.of("title", "Hello", "tags", List.of("a", "b", "c"), "views", 1234L);

    @Setup(Level.Trial)
    public void open() {
        cache = switch (backend) {
            case "locmem" -> new LocMemCache(CacheConfig.of(LocMemCache::new).withOption("MAX_ENTRIES", 10_000));
            case "redis" -> new RedisCache(CacheConfig.of(RedisCache::new).withLocation("redis://127.0.0.1:6379/12")
                    .withOption(RedisCache.IGNORE_EXCEPTIONS, false).withOption(RedisCache.COMMAND_TIMEOUT, 2000));
            default -> throw new IllegalArgumentException("backend: locmem or redis, not " + backend);
        };
        cache.clear();
        cache.set("string", "a cached fragment of text", Duration.ofHours(1));
        cache.set("page", page, Duration.ofHours(1));
    }

    @TearDown(Level.Trial)
    public void close() {
        cache.clear();
        cache.close();
    }

    @Benchmark
    public Object getString() {
        return cache.get("string");
    }

    @Benchmark
    public void setString() {
        cache.set("string", "a cached fragment of text", Duration.ofHours(1));
    }

    @Benchmark
    public Object getPage() {
        return cache.get("page");
    }

    @Benchmark
    public void setPage() {
        cache.set("page", page, Duration.ofHours(1));
    }

    @Benchmark
    public Object getMissing() {
        return cache.get("missing");
    }
}
