package dev.quintet.core.handlers.internal;

import dev.quintet.http.HttpHeaders;
import dev.quintet.http.HttpRequest;
import dev.quintet.middleware.internal.Requests;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The request data the technical pages show, read defensively (a broken request still gets its page). */
public record RequestInfo(String method, String absoluteUri, String pathInfo,
                          List<Map.Entry<String, String>> get, List<Map.Entry<String, String>> cookies,
                          Map<String, String> meta) {

    /** Collects what {@code request} offers, secret-looking META keys and cookies masked. */
    public static RequestInfo of(HttpRequest request) {
        String uri;
        try {
            uri = Requests.scheme(request) + "://" + Requests.host(request) + Requests.fullPath(request, false);
        } catch (RuntimeException e) {
            uri = request.path();
        }
        return new RequestInfo(request.method(), uri, request.pathInfo(), query(request.queryString()),
                cookies(request.headers().get("Cookie")), meta(request));
    }

    private static List<Map.Entry<String, String>> query(String queryString) {
        return pairs(queryString, "&", false);
    }

    private static List<Map.Entry<String, String>> cookies(String header) {
        return pairs(header == null ? "" : header, ";", true);
    }

    private static List<Map.Entry<String, String>> pairs(String text, String separator, boolean cleanse) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(separator)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            String value = eq < 0 ? "" : item.substring(eq + 1);
            if (!cleanse) {
                name = decode(name);
                value = decode(value);
            }
            out.put(name, cleanse ? SafeSettings.cleanse(name, value) : value);
        }
        return List.copyOf(out.entrySet());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static Map<String, String> meta(HttpRequest request) {
        Map<String, String> meta = new TreeMap<>();
        HttpHeaders headers = request.headers();
        for (String name : headers.names()) {
            meta.put(HttpHeaders.metaKey(name), String.join(",", headers.getAll(name)));
        }
        meta.put("PATH_INFO", request.pathInfo());
        meta.put("QUERY_STRING", request.queryString());
        meta.put("REMOTE_ADDR", String.valueOf(request.remoteAddr()));
        meta.put("REQUEST_METHOD", request.method());
        meta.put("SERVER_NAME", String.valueOf(request.serverName()));
        meta.put("SERVER_PORT", String.valueOf(request.serverPort()));
        meta.put("wsgi.url_scheme", request.rawScheme());
        return SafeSettings.cleanseAll(meta);
    }
}
