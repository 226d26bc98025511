package dev.quintet.http;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response: Django's {@code HttpResponse}. Content is held in memory; see
 * {@code StreamingHttpResponse} and {@code FileResponse} for bodies written as they come.
 *
 * <pre>{@code
 * HttpResponse response = new HttpResponse("<h1>Hello</h1>");
 * response.setHeader("Cache-Control", "no-cache");
 * }</pre>
 */
public class HttpResponse {
    /** Django's default content type. */
    public static final String DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8";

    private int status;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] content;

    /** An empty 200 response. */
    public HttpResponse() {
        this(new byte[0], DEFAULT_CONTENT_TYPE, 200);
    }

    /** A 200 {@code text/html} response with {@code content} encoded as UTF-8. */
    public HttpResponse(String content) {
        this(content, DEFAULT_CONTENT_TYPE, 200);
    }

    /** A response with {@code content} in UTF-8, the given content type and status. */
    public HttpResponse(String content, String contentType, int status) {
        this(content.getBytes(StandardCharsets.UTF_8), contentType, status);
    }

    /** A response with raw bytes, the given content type and status. */
    public HttpResponse(byte[] content, String contentType, int status) {
        this.content = content;
        this.status = status;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    public int status() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    /** A header's value, or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }

    /** Sets (replaces) a header. */
    public void setHeader(String name, String value) {
        headers.put(name, value);
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    public void removeHeader(String name) {
        headers.remove(name);
    }

    /** Every header, case-insensitive keys. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The body held in memory. */
    public byte[] content() {
        return content;
    }

    /** Replaces the body. */
    public void setContent(byte[] content) {
        this.content = content;
    }

    /** Replaces the body with {@code text} in UTF-8. */
    public void setContent(String text) {
        this.content = text.getBytes(StandardCharsets.UTF_8);
    }

    /** True for responses whose body is produced as it is written. */
    public boolean isStreaming() {
        return false;
    }

    /** The body as chunks; a single chunk for an in-memory response. */
    public Iterator<byte[]> streamingContent() {
        return List.of(content).iterator();
    }

    /** Releases what the body holds (files, streams); called by the gateway once written. */
    public void close() {
    }
}
