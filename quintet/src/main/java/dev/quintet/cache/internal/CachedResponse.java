package dev.quintet.cache.internal;

import dev.quintet.http.Cookie;
import dev.quintet.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response as the cache middleware stores it: status, headers in order, cookies, body. Every
 * {@code CacheSerializer} knows this type.
 *
 * @param status the HTTP status
 * @param reasonPhrase the reason phrase as set on the response
 * @param headers name/value pairs, flattened: {@code [name0, value0, name1, value1, ...]}
 * @param cookies the cookies the response sets
 * @param content the body
 */
public record CachedResponse(int status, String reasonPhrase, List<String> headers, List<CachedCookie> cookies,
                             byte[] content) {
    /** The name under which every {@code CacheSerializer} knows this type. */
    public static final String TYPE_NAME = "quintet.CachedResponse";

    public CachedResponse {
        headers = List.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    /** One cookie, attribute by attribute. */
    public record CachedCookie(String name, String value, Long maxAge, String expires, String path, String domain,
                               boolean secure, boolean httpOnly, String sameSite) {
    }

    /** The storable form of an in-memory {@code response}. */
    public static CachedResponse of(HttpResponse response) {
        List<String> headers = new ArrayList<>(response.headers().size() * 2);
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.add(header.getKey());
            headers.add(header.getValue());
        }
        List<CachedCookie> cookies = new ArrayList<>(response.cookies().size());
        for (Cookie c : response.cookies().values()) {
            cookies.add(new CachedCookie(c.name(), c.value(), c.maxAge(), c.expires(), c.path(), c.domain(),
                    c.isSecure(), c.isHttpOnly(), c.sameSite()));
        }
        return new CachedResponse(response.status(), response.reasonPhrase(), headers, cookies, response.content());
    }

    /** A fresh response equal to the stored one. */
    public HttpResponse toResponse() {
        HttpResponse response = new HttpResponse(content, null, status);
        if (reasonPhrase != null) {
            response.setReasonPhrase(reasonPhrase);
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            response.setHeader(headers.get(i), headers.get(i + 1));
        }
        for (CachedCookie c : cookies) {
            Cookie cookie = Cookie.of(c.name(), c.value()).path(c.path()).domain(c.domain());
            if (c.maxAge() != null) {
                cookie = cookie.maxAge(c.maxAge());
            }
            if (c.expires() != null) {
                cookie = cookie.expires(c.expires());
            }
            if (c.secure()) {
                cookie = cookie.secure();
            }
            if (c.httpOnly()) {
                cookie = cookie.httpOnly();
            }
            if (c.sameSite() != null) {
                cookie = cookie.sameSite(c.sameSite());
            }
            response.setCookie(cookie);
        }
        return response;
    }
}
