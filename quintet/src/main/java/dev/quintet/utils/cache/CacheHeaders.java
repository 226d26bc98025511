package dev.quintet.utils.cache;

import dev.quintet.cache.Cache;
import dev.quintet.cache.CacheUtils;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.utils.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Django's {@code django.utils.cache}: reading and patching {@code Cache-Control}, {@code Vary}
 * and {@code Expires}, and the page-cache keys of the cache middleware.
 *
 * <pre>{@code
 * CacheHeaders.patchCacheControl(response, "public", "max-age=3600");
 * CacheHeaders.patchVaryHeaders(response, "Cookie");
 * OptionalLong maxAge = CacheHeaders.getMaxAge(response);           // 3600
 * }</pre>
 *
 * <p>How the page cache keys work ({@link #learnCacheKey}/{@link #getCacheKey}): a first key,
 * from the absolute URL alone, stores the list of request headers the response varies on
 * ({@code Vary}); the page itself is stored under a second key made of the method, the URL and
 * the values of those headers. The next request reads the header list first, so it can build
 * the page key before any view runs. The active language is not part of the key (Quintet has no
 * i18n yet): vary on {@code Accept-Language} or the language cookie through {@code Vary}.
 */
public final class CacheHeaders {
    private CacheHeaders() {
    }

    /** Splits {@code Cache-Control} into directives, in order: {@code max-age=60} → ("max-age", "60"), bare ones → TRUE. */
    private static Map<String, Object> parse(String cacheControl) {
        Map<String, Object> directives = new LinkedHashMap<>();
        for (String field : Headers.splitCommaList(cacheControl)) {
            int eq = field.indexOf('=');
            String name = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            Object value = eq < 0 ? Boolean.TRUE : field.substring(eq + 1);
            if (name.equals("no-cache")) {
                // no-cache can carry several field names
                @SuppressWarnings("unchecked")
                Set<Object> values = (Set<Object>) directives.computeIfAbsent(name, k -> new LinkedHashSet<>());
                values.add(value);
            } else {
                directives.put(name, value);
            }
        }
        return directives;
    }

    /**
     * Django's {@code patch_cache_control}: adds or replaces directives of {@code Cache-Control}.
     * Keys use either {@code max_age} or {@code max-age}; {@code Boolean.TRUE} writes a bare
     * directive. A new {@code max-age} never raises an existing one (the minimum wins);
     * {@code public} removes {@code private} and vice versa.
     */
    public static void patchCacheControl(HttpResponse response, Map<String, ?> directives) {
        Map<String, Object> cc = parse(response.header("Cache-Control"));
        Map<String, Object> updates = new LinkedHashMap<>();
        directives.forEach((k, v) -> updates.put(k.replace('_', '-').toLowerCase(Locale.ROOT), v));
        if (cc.containsKey("max-age") && updates.containsKey("max-age")) {
            try {
                long existing = Long.parseLong(cc.get("max-age").toString().strip());
                long wanted = Long.parseLong(updates.get("max-age").toString().strip());
                updates.put("max-age", Math.min(existing, wanted));
            } catch (NumberFormatException e) {
                // a malformed existing max-age is replaced
            }
        }
        if (cc.containsKey("private") && updates.containsKey("public")) {
            cc.remove("private");
        } else if (cc.containsKey("public") && updates.containsKey("private")) {
            cc.remove("public");
        }
        updates.forEach((name, value) -> {
            if (name.equals("no-cache")) {
                @SuppressWarnings("unchecked")
                Set<Object> values = (Set<Object>) cc.computeIfAbsent(name, k -> new LinkedHashSet<>());
                values.add(value);
            } else {
                cc.put(name, value);
            }
        });
        List<String> out = new ArrayList<>();
        cc.forEach((name, value) -> {
            if (value instanceof Set<?> values) {
                if (values.contains(Boolean.TRUE)) {
                    out.add(name); // a bare no-cache covers every field
                } else {
                    values.forEach(v -> out.add(name + "=" + v));
                }
            } else {
                out.add(Boolean.TRUE.equals(value) ? name : name + "=" + value);
            }
        });
        response.setHeader("Cache-Control", String.join(", ", out));
    }

    /**
     * {@link #patchCacheControl(HttpResponse, Map)} with directives written as in the header:
     * {@code "public"}, {@code "max-age=3600"}, {@code "no_cache"}.
     */
    public static void patchCacheControl(HttpResponse response, String... directives) {
        patchCacheControl(response, directiveMap(directives));
    }

    /** Directives written as in the header, as a map for {@link #patchCacheControl(HttpResponse, Map)}. */
    public static Map<String, Object> directiveMap(String... directives) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String directive : directives) {
            int eq = directive.indexOf('=');
            if (eq < 0) {
                map.put(directive.strip(), Boolean.TRUE);
            } else {
                map.put(directive.substring(0, eq).strip(), directive.substring(eq + 1).strip());
            }
        }
        return map;
    }

    /** The {@code max-age} of the response's {@code Cache-Control}, if it has a valid one. */
    public static OptionalLong getMaxAge(HttpResponse response) {
        if (!response.hasHeader("Cache-Control")) {
            return OptionalLong.empty();
        }
        Object maxAge = parse(response.header("Cache-Control")).get("max-age");
        if (maxAge instanceof String s) {
            try {
                return OptionalLong.of(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** True when the response's {@code Cache-Control} has {@code directive} (bare or with a value). */
    public static boolean hasCacheControl(HttpResponse response, String directive) {
        return parse(response.header("Cache-Control")).containsKey(directive.toLowerCase(Locale.ROOT));
    }

    /**
     * Django's {@code patch_response_headers}: {@code Expires} (unless already set) now plus
     * {@code cacheTimeout} seconds, and {@code Cache-Control: max-age} (negative counts as 0).
     */
    public static void patchResponseHeaders(HttpResponse response, long cacheTimeout) {
        long seconds = Math.max(0, cacheTimeout);
        if (!response.hasHeader("Expires")) {
            response.setHeader("Expires", Headers.httpDate(System.currentTimeMillis() / 1000 + seconds));
        }
        patchCacheControl(response, Map.of("max-age", seconds));
    }

    /** Django's {@code add_never_cache_headers}: never cache this response anywhere. */
    public static void addNeverCacheHeaders(HttpResponse response) {
        patchResponseHeaders(response, -1);
        patchCacheControl(response, "no-cache", "no-store", "must-revalidate", "private");
    }

    /** Django's {@code patch_vary_headers} (shared with the GZip middleware). */
    public static void patchVaryHeaders(HttpResponse response, String... newHeaders) {
        Headers.patchVaryHeaders(response, newHeaders);
    }

    /** Django's {@code has_vary_header}. */
    public static boolean hasVaryHeader(HttpResponse response, String header) {
        return Headers.hasVaryHeader(response, header);
    }

    /**
     * Django's {@code learn_cache_key}: remembers, for the request's URL, which request headers
     * the response varies on, and returns the key to store the page under.
     */
    public static String learnCacheKey(HttpRequest request, HttpResponse response, Duration timeout,
                                       String keyPrefix, Cache cache) {
        String headerKey = cacheHeaderKey(keyPrefix, request);
        List<String> headerList = new ArrayList<>();
        for (String header : Headers.splitCommaList(response.header("Vary"))) {
            headerList.add("HTTP_" + header.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        headerList.sort(null);
        cache.set(headerKey, headerList, timeout);
        return cacheKey(request, request.method(), headerList, keyPrefix);
    }

    /**
     * Django's {@code get_cache_key}: the key a page for this request would be stored under with
     * {@code method}, or {@code null} when no response for the URL has been learnt.
     */
    public static String getCacheKey(HttpRequest request, String keyPrefix, String method, Cache cache) {
        Object headerList = cache.get(cacheHeaderKey(keyPrefix, request));
        if (!(headerList instanceof List<?> list)) {
            return null;
        }
        List<String> names = new ArrayList<>(list.size());
        list.forEach(item -> names.add(String.valueOf(item)));
        return cacheKey(request, method, names, keyPrefix);
    }

    private static String cacheKey(HttpRequest request, String method, List<String> headerList, String keyPrefix) {
        MessageDigest ctx = CacheUtils.md5();
        Map<String, String> meta = request.META();
        for (String header : headerList) {
            String value = meta.get(header);
            if (value != null) {
                ctx.update(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        return "views.decorators.cache.cache_page." + keyPrefix + "." + method + "." + urlDigest(request)
                + "." + HexFormat.of().formatHex(ctx.digest());
    }

    private static String cacheHeaderKey(String keyPrefix, HttpRequest request) {
        return "views.decorators.cache.cache_header." + keyPrefix + "." + urlDigest(request);
    }

    private static String urlDigest(HttpRequest request) {
        byte[] url = request.buildAbsoluteUri().getBytes(StandardCharsets.US_ASCII);
        return HexFormat.of().formatHex(CacheUtils.md5().digest(url));
    }
}
