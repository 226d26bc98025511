package dev.quintet.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Request headers, looked up case-insensitively: Django's {@code request.headers}.
 * Mutable only while a gateway builds the request.
 */
public final class HttpHeaders {
    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private boolean frozen;

    HttpHeaders() {
    }

    void add(String name, String value) {
        if (frozen) {
            throw new IllegalStateException("request headers are read-only");
        }
        values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
    }

    HttpHeaders freeze() {
        frozen = true;
        return this;
    }

    /**
     * The first value of {@code name}, or {@code null}. As in Django, an underscore stands for a
     * hyphen ({@code user_agent} finds {@code User-Agent}), so templates can write
     * {@code request.headers.user_agent}.
     */
    public String get(String name) {
        List<String> list = lookup(name);
        return list == null ? null : list.getFirst();
    }

    private List<String> lookup(String name) {
        List<String> list = values.get(name);
        if (list == null && name.indexOf('_') >= 0) {
            list = values.get(name.replace('_', '-'));
        }
        return list;
    }

    /** The first value of {@code name}, or {@code fallback}. */
    public String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    /** Every value of {@code name}, in arrival order; empty when absent. */
    public List<String> getAll(String name) {
        List<String> list = lookup(name);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** True when the header was sent (underscores standing for hyphens, as in {@link #get}). */
    public boolean contains(String name) {
        return lookup(name) != null;
    }

    /** The header names as they arrived (first spelling wins). */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The CGI-style {@code META} key for a header name: {@code User-Agent} -> {@code HTTP_USER_AGENT}. */
    public static String metaKey(String headerName) {
        String upper = headerName.toUpperCase(Locale.ROOT).replace('-', '_');
        if (upper.equals("CONTENT_TYPE") || upper.equals("CONTENT_LENGTH")) {
            return upper;
        }
        return "HTTP_" + upper;
    }
}
