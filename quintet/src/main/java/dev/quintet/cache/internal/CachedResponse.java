package dev.quintet.cache.internal;

import java.util.List;

/**
 * A response as the cache middleware stores it: status, headers in order, body.
 *
 * @param status the HTTP status
 * @param headers name/value pairs, flattened: {@code [name0, value0, name1, value1, ...]}
 * @param content the body
 */
public record CachedResponse(int status, List<String> headers, byte[] content) {
    /** The name under which every {@code CacheSerializer} knows this type. */
    public static final String TYPE_NAME = "quintet.CachedResponse";

    public CachedResponse {
        headers = List.copyOf(headers);
    }
}
