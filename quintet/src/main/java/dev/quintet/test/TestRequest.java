package dev.quintet.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request the test {@link Client} is about to send, filled fluently; {@link #send()} runs it.
 * The shortcuts on {@code Client} ({@code get}, {@code post}…) cover the common cases; this covers
 * the rest: extra headers, HTTPS, following redirects.
 *
 * <pre>{@code
 * TestResponse response = client.request("POST", "/login/")
 *     .form(Map.of("username", "ada", "password", "s3cret"))
 *     .header("X-Requested-With", "XMLHttpRequest")
 *     .follow(true)
 *     .send();
 * }</pre>
 */
public final class TestRequest {
    private final Client client;
    final String method;
    final String path;
    final Map<String, Object> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    Map<String, ?> form;
    boolean forceMultipart;
    byte[] body;
    String contentType;
    boolean follow;
    boolean secure;

    TestRequest(Client client, String method, String path) {
        this.client = client;
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** Adds query parameters (a collection value repeats the key). */
    public TestRequest query(Map<String, ?> data) {
        query.putAll(data);
        return this;
    }

    /** Adds one query parameter. */
    public TestRequest query(String name, Object value) {
        query.put(name, value);
        return this;
    }

    /**
     * A form body: {@code application/x-www-form-urlencoded}, or {@code multipart/form-data} when
     * a value is a {@link TestFile} (a collection value repeats the field).
     */
    public TestRequest form(Map<String, ?> data) {
        this.form = new LinkedHashMap<>(data); // keeps the caller's field order
        this.body = null;
        return this;
    }

    /** Sends the form as {@code multipart/form-data} even without files, as a browser form with {@code enctype} would. */
    public TestRequest multipart(Map<String, ?> data) {
        form(data);
        this.forceMultipart = true;
        return this;
    }

    /** A JSON body: {@code value} serialised by Jackson (a {@code String} is sent as is). */
    public TestRequest json(Object value) {
        return body(client.toJson(value), "application/json");
    }

    /** A raw body with its content type. */
    public TestRequest body(byte[] body, String contentType) {
        this.body = Objects.requireNonNull(body, "body");
        this.contentType = contentType;
        this.form = null;
        return this;
    }

    /** A text body (UTF-8) with its content type. */
    public TestRequest body(String body, String contentType) {
        return body(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Adds a request header ({@code Host} too, to test host validation). */
    public TestRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Whether to follow redirects, recording them in {@link TestResponse#redirectChain()}. */
    public TestRequest follow(boolean follow) {
        this.follow = follow;
        return this;
    }

    /** Whether the request arrives over HTTPS (Django's {@code secure=True}). */
    public TestRequest secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    /** Runs the request through the site's handler, in process. */
    public TestResponse send() {
        return client.send(this);
    }
}
