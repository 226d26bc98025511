package dev.quintet.http.internal;

import dev.quintet.http.HttpHeaders;
import dev.quintet.http.HttpRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a request's CGI-style {@code META} view once, on first use. */
public final class Meta {
    private Meta() {
    }

    /** The {@code META} map of {@code r}, unmodifiable. */
    public static Map<String, String> of(HttpRequest r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("REQUEST_METHOD", r.method());
        m.put("PATH_INFO", r.pathInfo());
        m.put("SCRIPT_NAME", "");
        m.put("QUERY_STRING", r.queryString());
        m.put("REMOTE_ADDR", r.remoteAddr());
        m.put("SERVER_NAME", r.serverName());
        m.put("SERVER_PORT", Integer.toString(r.serverPort()));
        m.put("SERVER_PROTOCOL", r.protocol());
        HttpHeaders headers = r.headers();
        for (String name : headers.names()) {
            // Several Cookie headers (HTTP/2) join as one cookie string; other headers with commas.
            String joiner = name.equalsIgnoreCase("Cookie") ? "; " : ",";
            m.put(HttpHeaders.metaKey(name), String.join(joiner, headers.getAll(name)));
        }
        return Collections.unmodifiableMap(m);
    }
}
