package dev.quintet.cache;

/**
 * Builds the stored key from the user's key, the cache's {@code KEY_PREFIX} and a version:
 * Django's {@code KEY_FUNCTION}. The default is {@code prefix:version:key}.
 *
 * <pre>{@code
 * KeyFunction reversed = (key, prefix, version) -> version + "|" + prefix + "|" + key;
 * }</pre>
 */
@FunctionalInterface
public interface KeyFunction {

    /** Django's {@code default_key_func}: {@code "%s:%s:%s" % (key_prefix, version, key)}. */
    KeyFunction DEFAULT = (key, keyPrefix, version) -> keyPrefix + ":" + version + ":" + key;

    /** The key to store under. */
    String makeKey(String key, String keyPrefix, int version);
}
