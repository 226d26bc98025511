package dev.quintet.http;

import dev.quintet.urls.Kwargs;
import dev.quintet.urls.ResolverMatch;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * An HTTP request as a view sees it: Django's {@code HttpRequest}.
 *
 * <p>Gateways (the embedded server, the servlet adapter, the test client) build it with
 * {@link #builder(RequestConfig)}. Query string, form body, files and cookies are parsed lazily on
 * first access; client mistakes in them (malformed encoding, limits exceeded) raise
 * {@link BadRequest}, which the handler answers with a 400.
 *
 * <pre>{@code
 * String page = request.GET().get("page", "1");
 * String title = request.POST().get("title");
 * String agent = request.headers().get("User-Agent");
 * }</pre>
 *
 * <p>Django's uppercase names are kept for the data a Django developer reaches for first
 * ({@code GET()}, {@code POST()}, {@code FILES()}, {@code COOKIES()}, {@code META()}).
 */
public final class HttpRequest {
    private final RequestConfig config;
    private final String method;
    private final String scheme;
    private final String path;
    private final String queryString;
    private final HttpHeaders headers;
    private final String remoteAddr;
    private final String serverName;
    private final int serverPort;
    private final InputStream bodyStream;
    private final long contentLength;

    private final Map<String, Object> attributes = new HashMap<>(4);
    private ResolverMatch resolverMatch;
    private Object user;
    private Object session;

    private HttpRequest(Builder b) {
        this.config = b.config;
        this.method = b.method;
        this.scheme = b.scheme;
        this.path = b.path;
        this.queryString = b.queryString == null ? "" : b.queryString;
        this.headers = b.headers.freeze();
        this.remoteAddr = b.remoteAddr;
        this.serverName = b.serverName;
        this.serverPort = b.serverPort;
        this.bodyStream = b.body == null ? InputStream.nullInputStream() : b.body;
        this.contentLength = b.contentLength;
    }

    /** Starts a request for a gateway to fill. */
    public static Builder builder(RequestConfig config) {
        return new Builder(config);
    }

    /** The settings this request validates against. */
    public RequestConfig config() {
        return config;
    }

    /** The method, upper case: {@code GET}, {@code POST}… */
    public String method() {
        return method;
    }

    /** {@code http} or {@code https} as the server saw it (see {@link #isSecure()} for proxies). */
    public String rawScheme() {
        return scheme;
    }

    /** The path, percent-decoded: {@code /blog/posts/123/}. */
    public String path() {
        return path;
    }

    /** The path relative to where the site is mounted; the same as {@link #path()} at the root. */
    public String pathInfo() {
        return path;
    }

    /** The raw query string without {@code ?}, or "". */
    public String queryString() {
        return queryString;
    }

    /** The request headers, case-insensitive. */
    public HttpHeaders headers() {
        return headers;
    }

    /** The client's address. */
    public String remoteAddr() {
        return remoteAddr;
    }

    /** The server name the connection arrived on (not the Host header). */
    public String serverName() {
        return serverName;
    }

    /** The server port the connection arrived on. */
    public int serverPort() {
        return serverPort;
    }

    /** The declared body length, or -1 when unknown (chunked). */
    public long contentLength() {
        return contentLength;
    }

    /** The unread body as a stream; a gateway hands it over once. */
    public InputStream bodyStream() {
        return bodyStream;
    }

    /** The resolver match, once URL resolution ran; {@code null} before. */
    public ResolverMatch resolverMatch() {
        return resolverMatch;
    }

    /** Set by the handler after URL resolution. */
    public void setResolverMatch(ResolverMatch match) {
        this.resolverMatch = match;
    }

    /** The URL's keyword arguments, converted; empty before resolution. */
    public Kwargs kwargs() {
        return resolverMatch == null ? Kwargs.EMPTY : resolverMatch.kwargs();
    }

    /** The user set by the authentication middleware, or {@code null} without it. */
    public Object user() {
        return user;
    }

    /** Set by the authentication middleware. */
    public void setUser(Object user) {
        this.user = user;
    }

    /** The session set by the session middleware, or {@code null} without it. */
    public Object session() {
        return session;
    }

    /** Set by the session middleware. */
    public void setSession(Object session) {
        this.session = session;
    }

    /** A value a middleware attached to this request (Django's ad-hoc {@code request.foo}). */
    public Object attribute(String name) {
        return attributes.get(name);
    }

    /** Attaches a value to this request for later layers. */
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Fills a request; used by gateways and the test client. */
    public static final class Builder {
        private final RequestConfig config;
        private String method = "GET";
        private String scheme = "http";
        private String path = "/";
        private String queryString = "";
        private final HttpHeaders headers = new HttpHeaders();
        private String remoteAddr = "127.0.0.1";
        private String serverName = "localhost";
        private int serverPort = 80;
        private InputStream body;
        private long contentLength = -1;

        private Builder(RequestConfig config) {
            this.config = config;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        /** The percent-decoded path. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** The raw query string, without {@code ?}. */
        public Builder queryString(String queryString) {
            this.queryString = queryString;
            return this;
        }

        /** Adds a header value (a repeated header keeps every value). */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        public Builder remoteAddr(String remoteAddr) {
            this.remoteAddr = remoteAddr;
            return this;
        }

        public Builder server(String name, int port) {
            this.serverName = name;
            this.serverPort = port;
            return this;
        }

        /** The body and its declared length ({@code -1} when unknown). */
        public Builder body(InputStream body, long contentLength) {
            this.body = body;
            this.contentLength = contentLength;
            return this;
        }

        /** A body held in memory. */
        public Builder body(byte[] body) {
            return body(new ByteArrayInputStream(body), body.length);
        }

        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
