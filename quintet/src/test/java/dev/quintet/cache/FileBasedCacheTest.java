package dev.quintet.cache;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the file-based cache, in a temporary directory. */
class FileBasedCacheTest extends CacheContract {
    @TempDir
    Path dir;

    @Override
    protected CacheBackend backend() {
        return FileBasedCache::new;
    }

    @Override
    protected CacheConfig locate(CacheConfig config) {
        return config.withLocation(dir.resolve("cache").toString());
    }
}
