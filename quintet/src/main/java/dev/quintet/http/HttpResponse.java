package dev.quintet.http;

import dev.quintet.http.internal.HeaderParams;
import dev.quintet.http.internal.HttpDates;
import dev.quintet.http.internal.ReasonPhrases;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response: Django's {@code HttpResponse}. Content is held in memory; see
 * {@link StreamingHttpResponse} and {@link FileResponse} for bodies written as they come.
 *
 * <pre>{@code
 * HttpResponse response = new HttpResponse("<h1>Hello</h1>");
 * response.setHeader("Cache-Control", "no-cache");
 * response.setCookie(Cookie.of("seen", "1").maxAge(Duration.ofDays(30)));
 * }</pre>
 *
 * <p>Text content is encoded with the response's {@link #charset()}, taken from the
 * {@code Content-Type} header ({@code utf-8} when it names none). Cookies are kept apart from the
 * headers; gateways write one {@code Set-Cookie} header per entry of {@link #setCookieHeaders()}.
 * For a HEAD request gateways send the headers only; nothing here is computed twice.
 */
public class HttpResponse implements AutoCloseable {
    /** Django's default content type. */
    public static final String DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8";

    private int status;
    private String reasonPhrase;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Cookie> cookies = new LinkedHashMap<>(2);
    private List<AutoCloseable> closers = List.of();
    private String charset;
    private byte[] content;

    /** An empty 200 response. */
    public HttpResponse() {
        this(new byte[0], DEFAULT_CONTENT_TYPE, 200);
    }

    /** A 200 {@code text/html; charset=utf-8} response. */
    public HttpResponse(String content) {
        this(content, DEFAULT_CONTENT_TYPE, 200);
    }

    /**
     * A response with {@code content} encoded in the charset of {@code contentType} (UTF-8 when it
     * names none); a {@code null} content type means {@link #DEFAULT_CONTENT_TYPE}.
     */
    public HttpResponse(String content, String contentType, int status) {
        this(new byte[0], contentType, status);
        this.content = content.getBytes(encodingCharset());
    }

    /** A response with raw bytes, the given content type ({@code null}: the default) and status. */
    public HttpResponse(byte[] content, String contentType, int status) {
        this.content = content;
        this.status = status;
        headers.put("Content-Type", contentType == null ? DEFAULT_CONTENT_TYPE : contentType);
    }

    public final int status() {
        return status;
    }

    public final void setStatus(int status) {
        this.status = status;
    }

    /** The reason phrase: set explicitly, or the standard one for the status ({@code Not Found}). */
    public final String reasonPhrase() {
        return reasonPhrase != null ? reasonPhrase : ReasonPhrases.of(status);
    }

    /** Overrides the reason phrase ({@code null} returns to the standard one). */
    public final void setReasonPhrase(String reasonPhrase) {
        this.reasonPhrase = reasonPhrase;
    }

    /** The charset text content is encoded with: set, from {@code Content-Type}, or {@code utf-8}. */
    public final String charset() {
        if (charset != null) {
            return charset;
        }
        String type = headers.get("Content-Type");
        // Hot path: the default type, or a type without parameters, needs no parsing.
        if (type == null || type.equals(DEFAULT_CONTENT_TYPE) || type.indexOf(';') < 0) {
            return "utf-8";
        }
        String fromHeader = HeaderParams.parse(type).param("charset");
        return fromHeader != null ? fromHeader : "utf-8";
    }

    /** {@link #charset()} as a {@link Charset}, UTF-8 without a lookup. */
    final Charset encodingCharset() {
        String name = charset();
        return name.equalsIgnoreCase("utf-8") ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /** Sets the charset used by {@link #setContent(String)} (the header is left as it is). */
    public final void setCharset(String charset) {
        this.charset = charset;
    }

    /** A header's value, or {@code null}. */
    public final String header(String name) {
        return headers.get(name);
    }

    /** Sets (replaces) a header. */
    public final void setHeader(String name, String value) {
        headers.put(name, value);
    }

    /** Sets a header unless it is already present (Django's {@code setdefault}). */
    public final void setDefaultHeader(String name, String value) {
        headers.putIfAbsent(name, value);
    }

    public final boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    public final void removeHeader(String name) {
        headers.remove(name);
    }

    /** Every header but {@code Set-Cookie}, case-insensitive keys. */
    public final Map<String, String> headers() {
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

    /** Replaces the body with {@code text} in the response's {@link #charset()}. */
    public final void setContent(String text) {
        setContent(text.getBytes(encodingCharset()));
    }

    /** Appends {@code text}, encoded in the response's charset (Django's {@code write()}). */
    public final void write(String text) {
        write(text.getBytes(encodingCharset()));
    }

    /** Appends bytes to the body. */
    public final void write(byte[] bytes) {
        byte[] current = content();
        byte[] joined = new byte[current.length + bytes.length];
        System.arraycopy(current, 0, joined, 0, current.length);
        System.arraycopy(bytes, 0, joined, current.length, bytes.length);
        setContent(joined);
    }

    /** The body decoded with the response's charset (Django's {@code text}). */
    public final String text() {
        return new String(content(), encodingCharset());
    }

    /** True for responses whose body is produced as it is written. */
    public boolean isStreaming() {
        return false;
    }

    /** The body as chunks; a single chunk for an in-memory response. */
    public Iterator<byte[]> streamingContent() {
        return List.of(content).iterator();
    }

    /** The cookies to set, by name, in the order set. Unmodifiable. */
    public final Map<String, Cookie> cookies() {
        return Collections.unmodifiableMap(cookies);
    }

    /**
     * Sets a cookie (replacing one of the same name). When it has a {@code Max-Age} and no
     * {@code expires}, {@code expires} is filled in from now, as Django does for old browsers.
     */
    public final void setCookie(Cookie cookie) {
        Cookie c = cookie;
        if (c.maxAge() != null && c.expires() == null) {
            c = new Cookie(c.name(), c.value(), c.maxAge(), HttpDates.format(Instant.now().plusSeconds(c.maxAge())),
                    c.path(), c.domain(), c.isSecure(), c.isHttpOnly(), c.sameSite());
        }
        cookies.put(c.name(), c);
    }

    /** Sets a session cookie with path {@code /}. */
    public final void setCookie(String name, String value) {
        setCookie(Cookie.of(name, value));
    }

    /** Deletes a cookie set with path {@code /} and no domain. */
    public final void deleteCookie(String name) {
        deleteCookie(name, "/", null, null);
    }

    /**
     * Tells the browser to drop a cookie: an empty value with {@code Max-Age=0} and an
     * {@code expires} in 1970; {@code Secure} is added for {@code __Secure-}/{@code __Host-}
     * names and {@code SameSite=None}, which browsers would otherwise ignore.
     */
    public final void deleteCookie(String name, String path, String domain, String sameSite) {
        boolean secure = name.startsWith("__Secure-") || name.startsWith("__Host-")
                || (sameSite != null && sameSite.equalsIgnoreCase("none"));
        cookies.put(name, new Cookie(name, "", 0L, "Thu, 01 Jan 1970 00:00:00 GMT", path, domain, secure, false,
                sameSite));
    }

    /** The {@code Set-Cookie} header values to write, one per cookie. */
    public final List<String> setCookieHeaders() {
        List<String> out = new ArrayList<>(cookies.size());
        cookies.values().forEach(c -> out.add(c.headerValue()));
        return out;
    }

    /** Registers a resource {@link #close()} releases (files, streams, cursors). */
    public final void addResourceCloser(AutoCloseable closer) {
        if (closers.isEmpty()) {
            closers = new ArrayList<>(2);
        }
        closers.add(closer);
    }

    /** Releases what the body holds (files, streams); called by the gateway once written. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (AutoCloseable closer : closers) {
            try {
                closer.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the response failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        closers = List.of();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " status_code=" + status + ", \"" + headers.get("Content-Type") + "\">";
    }
}
