package dev.quintet.cache;

/** The contract on the local-memory cache (each instance has its own storage). */
class LocMemCacheTest extends CacheContract {
    @Override
    protected CacheBackend backend() {
        return LocMemCache::new;
    }

    @Override
    protected boolean sharedStorage() {
        return false;
    }
}
