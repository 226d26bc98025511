package dev.quintet.http;

import dev.quintet.http.internal.AcceptHeader;
import dev.quintet.http.internal.CookieCodec;
import dev.quintet.http.internal.HeaderParams;
import dev.quintet.http.internal.Hosts;
import dev.quintet.http.internal.Meta;
import dev.quintet.http.internal.MultipartParser;
import dev.quintet.http.internal.RequestBody;
import dev.quintet.http.internal.UrlCodec;
import dev.quintet.http.internal.UrlJoin;
import dev.quintet.urls.Kwargs;
import dev.quintet.urls.ResolverMatch;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>The body is read once: {@link #body()} keeps it in memory (within
 * {@code DATA_UPLOAD_MAX_MEMORY_SIZE}); a multipart {@code POST()} streams it instead, after which
 * {@code body()} is refused, as in Django. Gateways call {@link #close()} once the response is
 * written, which deletes uploads spooled to disk.
 */
public final class HttpRequest implements AutoCloseable {
    private final RequestConfig config;
    private final String method;
    private final String scheme;
    private final String path;
    private final String queryString;
    private final HttpHeaders headers;
    private final String remoteAddr;
    private final String serverName;
    private final int serverPort;
    private final RequestBody body;
    private final long contentLength;
    private final String protocol;

    private QueryDict get;
    private QueryDict post;
    private MultiValueDict<UploadedFile> files;
    private Map<String, String> cookies;
    private Map<String, String> meta;
    private HeaderParams contentType;
    private AcceptHeader accept;
    private String encoding;
    private boolean encodingSet;

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
        this.contentLength = b.contentLength;
        this.body = new RequestBody(b.body == null ? InputStream.nullInputStream() : b.body, b.contentLength, config);
        this.protocol = b.protocol;
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

    /**
     * The body as a stream (Django's {@code request.read()}): over the bytes when {@link #body()}
     * was read, else the unread stream; reading it makes {@link #body()} unavailable.
     */
    public InputStream bodyStream() {
        return body.stream();
    }

    /** The protocol the request came in with, e.g. {@code HTTP/1.1}. */
    public String protocol() {
        return protocol;
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

    /** The query string parameters, parsed on first use (limited by {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}). */
    public QueryDict GET() {
        if (get == null) {
            get = QueryDict.parse(queryString, charset(), config.dataUploadMaxNumberFields());
        }
        return get;
    }

    /**
     * The form fields of a POST body ({@code application/x-www-form-urlencoded} or
     * {@code multipart/form-data}), parsed on first use; empty for other methods and content types.
     *
     * @throws BadRequest (or a subclass) when the body is malformed or over a limit
     */
    public QueryDict POST() {
        loadPostAndFiles();
        return post;
    }

    /** The files of a multipart POST body, by field name. */
    public MultiValueDict<UploadedFile> FILES() {
        loadPostAndFiles();
        return files;
    }

    private void loadPostAndFiles() {
        if (post == null) {
            MultipartParser.Result result = body.form(method, headers.get("Content-Type", ""), contentTypeParams(), encoding());
            post = result.post();
            files = result.files();
        }
    }

    /** The cookies the client sent, parsed as Django's {@code parse_cookie}. Unmodifiable. */
    public Map<String, String> COOKIES() {
        if (cookies == null) {
            List<String> values = headers.getAll("Cookie");
            cookies = Collections.unmodifiableMap(CookieCodec.parse(values.isEmpty() ? null : String.join("; ", values)));
        }
        return cookies;
    }

    /**
     * The CGI-style view of the request: {@code REQUEST_METHOD}, {@code PATH_INFO},
     * {@code SCRIPT_NAME}, {@code QUERY_STRING}, {@code REMOTE_ADDR}, {@code SERVER_NAME},
     * {@code SERVER_PORT}, {@code SERVER_PROTOCOL}, {@code CONTENT_TYPE} and
     * {@code CONTENT_LENGTH} when sent, and {@code HTTP_*} for every header (repeated headers
     * joined with a comma). Unmodifiable.
     */
    public Map<String, String> META() {
        if (meta == null) {
            meta = Meta.of(this);
        }
        return meta;
    }

    /**
     * The whole body, read into memory on first call.
     *
     * @throws RequestDataTooBig when it exceeds {@code DATA_UPLOAD_MAX_MEMORY_SIZE}
     * @throws RawPostDataException when the body stream was already consumed
     */
    public byte[] body() {
        return body.bytes();
    }

    /** The media type of the body, lower case, without parameters ({@code application/json}), or "". */
    public String contentType() {
        return contentTypeParams().value();
    }

    /** The parameters of the Content-Type header ({@code charset}, {@code boundary}…). */
    public Map<String, String> contentParams() {
        return contentTypeParams().params();
    }

    private HeaderParams contentTypeParams() {
        if (contentType == null) {
            contentType = HeaderParams.parse(headers.get("Content-Type", ""));
        }
        return contentType;
    }

    /** The charset form data is decoded with: set by {@link #setEncoding} or the Content-Type's, else {@code null} (UTF-8). */
    public String encoding() {
        if (!encodingSet) {
            String charset = contentParams().get("charset");
            encoding = charset != null && HeaderParams.isCharset(charset) ? charset : null;
            encodingSet = true;
        }
        return encoding;
    }

    /** Changes the charset of form data; {@code GET()} and {@code POST()} are parsed again. */
    public void setEncoding(String encoding) {
        this.encoding = encoding;
        this.encodingSet = true;
        this.get = null;
        this.post = null;
        body.resetForm();
    }

    private Charset charset() {
        String name = encoding();
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /**
     * True when the {@code Accept} header (absent: {@code *}{@code /*}) admits {@code mediaType}:
     * Django's {@code request.accepts("text/html")}.
     */
    public boolean accepts(String mediaType) {
        return accept().accepts(mediaType);
    }

    /**
     * Of {@code mediaTypes}, the one the client prefers by its {@code Accept} header, or
     * {@code null} when it accepts none: Django's {@code get_preferred_type()}.
     */
    public String preferredType(List<String> mediaTypes) {
        return accept().preferred(mediaTypes);
    }

    /** The media ranges of the {@code Accept} header, most preferred first, as strings. */
    public List<String> acceptedTypes() {
        return accept().types();
    }

    private AcceptHeader accept() {
        if (accept == null) {
            accept = new AcceptHeader(headers.get("Accept"));
        }
        return accept;
    }

    /**
     * The host the client asked for (from {@code Host}, or {@code X-Forwarded-Host} when trusted,
     * or the server name and port), with its port when not the default, validated against
     * {@code ALLOWED_HOSTS}.
     *
     * @throws DisallowedHost when the host is invalid or not allowed
     */
    public String host() {
        return Hosts.validated(rawHost(), config);
    }

    private String rawHost() {
        if (config.useXForwardedHost() && headers.contains("X-Forwarded-Host")) {
            return headers.get("X-Forwarded-Host");
        }
        if (headers.contains("Host")) {
            return headers.get("Host");
        }
        String port = getPort();
        return port.equals(isSecure() ? "443" : "80") ? serverName : serverName + ":" + port;
    }

    /** The port as a string: {@code X-Forwarded-Port} when trusted and present, else the server port. */
    public String getPort() {
        if (config.useXForwardedPort() && headers.contains("X-Forwarded-Port")) {
            return headers.get("X-Forwarded-Port");
        }
        return Integer.toString(serverPort);
    }

    /**
     * {@code http} or {@code https}: when {@code SECURE_PROXY_SSL_HEADER} is set and the proxy sent
     * that header, its first value decides; otherwise the connection's scheme.
     */
    public String scheme() {
        String header = config.secureProxyHeader();
        if (header != null) {
            String name = header.startsWith("HTTP_") ? header.substring(5).replace('_', '-') : header;
            String value = headers.get(name);
            if (value != null) {
                int comma = value.indexOf(',');
                String first = (comma < 0 ? value : value.substring(0, comma)).strip();
                return first.equals(config.secureProxyValue()) ? "https" : "http";
            }
        }
        return scheme;
    }

    /** True when {@link #scheme()} is {@code https}. */
    public boolean isSecure() {
        return scheme().equals("https");
    }

    /** The path with the query string, escaped for a URI: {@code /music/bands/?print=true}. */
    public String fullPath() {
        return fullPath(false);
    }

    /** {@link #fullPath()}, with a {@code /} appended to the path when asked and missing. */
    public String fullPath(boolean forceAppendSlash) {
        String p = UrlCodec.escapeUriPath(path) + (forceAppendSlash && !path.endsWith("/") ? "/" : "");
        return queryString.isEmpty() ? p : p + "?" + UrlCodec.iriToUri(queryString);
    }

    /** The absolute URI of this request: {@code https://example.com/music/bands/?print=true}. */
    public String buildAbsoluteUri() {
        return buildAbsoluteUri(null);
    }

    /**
     * {@code location} made absolute with this request's scheme and host; a relative location is
     * joined to the request path ({@code "../x"}, {@code "?page=2"}); an absolute one is kept.
     */
    public String buildAbsoluteUri(String location) {
        String loc = location == null ? "//" + fullPath() : location;
        return UrlJoin.absolute(scheme() + "://" + host(), path, loc);
    }

    /** Deletes uploads spooled to disk; gateways call it once the response is written. */
    @Override
    public void close() {
        body.close();
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
        private String protocol = "HTTP/1.1";

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

        /** The protocol, {@code HTTP/1.1} by default. */
        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
