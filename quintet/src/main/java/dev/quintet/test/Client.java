package dev.quintet.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.db.QueryLog;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.View;
import dev.quintet.middleware.csrf.Csrf;
import dev.quintet.template.RenderObserver;
import dev.quintet.test.internal.BodyEncoder;
import dev.quintet.test.internal.CookieJar;
import dev.quintet.test.internal.PercentDecoder;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Django's test client: sends requests to a site's handler in process — no socket, the same
 * middleware chain and views as in production — and returns what came back as a
 * {@link TestResponse}. Cookies persist between requests, as in a browser.
 *
 * <pre>{@code
 * Client client = new Client(settings);            // or new Client(view, requestConfig)
 * TestResponse response = client.get("/posts/", Map.of("page", 2));
 * assertThat(response.status()).isEqualTo(200);
 * client.post("/login/", Map.of("username", "ada", "password", "s3cret"));
 * client.post("/api/posts/", Map.of("title", "Hi"), "application/json");
 * client.request("GET", "/old/").follow(true).send().redirectChain();
 * }</pre>
 *
 * <p>Requests carry {@code Host: testserver} (added to the allowed hosts, as Django's test runner
 * does) and come from {@code 127.0.0.1}. A view's exception propagates to the test, unchanged when
 * unchecked, in an {@link UndeclaredThrowableException} when checked.
 */
public final class Client {
    /** The host name test requests are addressed to. */
    public static final String TEST_HOST = "testserver";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 20;

    private final View handler;
    private final RequestConfig config;
    private final CookieJar cookies = new CookieJar(Instant::now);
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile boolean enforceCsrfChecks;
    private volatile int nPlusOneThreshold;
    private volatile boolean nPlusOneStrict;

    /** A client for the site {@code settings} describe: its handler (middleware, URLs) and request settings. */
    public Client(Settings settings) {
        this(new BaseHandler(settings)::handle, settings.toRequestConfig());
    }

    /** A client for {@code handler} with Django's default request settings. */
    public Client(View handler) {
        this(handler, RequestConfig.defaults(List.of()));
    }

    /** A client for {@code handler} whose requests validate against {@code config}. */
    public Client(View handler, RequestConfig config) {
        this.handler = Objects.requireNonNull(handler, "handler");
        List<String> hosts = new ArrayList<>(config.allowedHosts());
        hosts.add(TEST_HOST);
        this.config = config.withAllowedHosts(hosts.toArray(String[]::new));
    }

    /**
     * Whether {@code CsrfViewMiddleware} checks this client's requests: off by default, as
     * Django's {@code Client(enforce_csrf_checks=False)}; returns this client.
     */
    public Client enforceCsrfChecks(boolean enforce) {
        this.enforceCsrfChecks = enforce;
        return this;
    }

    /**
     * Watches every request of this client for N+1 query patterns: more than {@code threshold} runs
     * of one query shape from one call site log a warning or, when {@code strict}, make the request
     * throw {@link QueryLog.NPlusOneError} to the test (even when the site turned it into an error
     * page), whatever the site's DEBUG; {@code 0} stops watching. Returns this client.
     *
     * <pre>{@code
     * Client client = new Client(settings).nPlusOne(5, true);   // a test fails on an N+1 pattern
     * }</pre>
     */
    public Client nPlusOne(int threshold, boolean strict) {
        if (threshold < 0) {
            throw new IllegalArgumentException("The N+1 threshold must not be negative, got " + threshold);
        }
        this.nPlusOneThreshold = threshold;
        this.nPlusOneStrict = strict;
        return this;
    }

    /** Starts a request of any method; see {@link TestRequest}. */
    public TestRequest request(String method, String path) {
        return new TestRequest(this, method, path);
    }

    /** {@code GET path}. */
    public TestResponse get(String path) {
        return request("GET", path).send();
    }

    /** {@code GET path?query}. */
    public TestResponse get(String path, Map<String, ?> query) {
        return request("GET", path).query(query).send();
    }

    /** {@code POST} without a body. */
    public TestResponse post(String path) {
        return request("POST", path).send();
    }

    /** {@code POST} of a form: urlencoded, or multipart when a value is a {@link TestFile}. */
    public TestResponse post(String path, Map<String, ?> form) {
        return request("POST", path).form(form).send();
    }

    /**
     * {@code POST} of {@code data} as {@code contentType}: a {@code String} or {@code byte[]} is
     * sent as is; any other value with a JSON content type is serialised by Jackson.
     */
    public TestResponse post(String path, Object data, String contentType) {
        return withBody("POST", path, data, contentType);
    }

    /** {@code PUT} without a body. */
    public TestResponse put(String path) {
        return request("PUT", path).send();
    }

    /** {@code PUT} of {@code data} as {@code contentType} (see {@link #post(String, Object, String)}). */
    public TestResponse put(String path, Object data, String contentType) {
        return withBody("PUT", path, data, contentType);
    }

    /** {@code PATCH} of {@code data} as {@code contentType} (see {@link #post(String, Object, String)}). */
    public TestResponse patch(String path, Object data, String contentType) {
        return withBody("PATCH", path, data, contentType);
    }

    /** {@code DELETE path}. */
    public TestResponse delete(String path) {
        return request("DELETE", path).send();
    }

    /** {@code DELETE} with a body (see {@link #post(String, Object, String)}). */
    public TestResponse delete(String path, Object data, String contentType) {
        return withBody("DELETE", path, data, contentType);
    }

    /** {@code HEAD path}: the view runs, the response keeps its headers; the test sees the body the view made. */
    public TestResponse head(String path) {
        return request("HEAD", path).send();
    }

    /** {@code OPTIONS path}. */
    public TestResponse options(String path) {
        return request("OPTIONS", path).send();
    }

    /** The cookies the client holds, by name. */
    public Map<String, String> cookies() {
        return cookies.values();
    }

    /** Sets a cookie for the whole site, as if the server had. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Forgets every cookie (a fresh browser). */
    public void clearCookies() {
        cookies.clear();
    }

    private TestResponse withBody(String method, String path, Object data, String contentType) {
        TestRequest request = request(method, path);
        switch (data) {
            case String text -> request.body(text, contentType);
            case byte[] bytes -> request.body(bytes, contentType);
            default -> {
                if (!isJson(contentType)) {
                    throw new IllegalArgumentException("cannot encode " + data.getClass().getName()
                            + " as " + contentType + ": pass a String or byte[], or use a JSON content type");
                }
                request.body(toJson(data), contentType);
            }
        }
        return request.send();
    }

    TestResponse send(TestRequest request) {
        Target target = Target.of(request.path, request.secure);
        List<RedirectHop> chain = new ArrayList<>();
        Exchange exchange = exchange(request, target, true, true);
        while (request.follow && REDIRECTS.contains(exchange.response.status())
                && exchange.response.header("Location") != null) {
            String location = exchange.response.header("Location");
            RedirectHop hop = new RedirectHop(location, exchange.response.status());
            if (chain.contains(hop)) {
                chain.add(hop);
                throw new RedirectCycleException("Redirect loop detected.", chain);
            }
            chain.add(hop);
            if (chain.size() > MAX_REDIRECTS) {
                throw new RedirectCycleException("Too many redirects.", chain);
            }
            boolean keepMethod = hop.status() == 307 || hop.status() == 308;
            exchange.response.close();
            target = target.resolve(location);
            exchange = exchange(request, target, keepMethod, false);
        }
        return new TestResponse(exchange.response, exchange.request, chain, exchange.recording, exchange.queries, mapper);
    }

    private record Exchange(HttpRequest request, HttpResponse response, RequestRecording recording,
                            List<QueryLog.Entry> queries) {
    }

    private Exchange exchange(TestRequest spec, Target target, boolean sameMethod, boolean first) {
        String method = sameMethod ? spec.method : "GET";
        HttpRequest.Builder builder = HttpRequest.builder(config)
                .method(method)
                .scheme(target.secure ? "https" : "http")
                .path(PercentDecoder.decodePath(target.rawPath))
                .queryString(first ? joinQuery(target.rawQuery, spec) : target.rawQuery)
                .remoteAddr("127.0.0.1")
                .server(TEST_HOST, target.secure ? 443 : 80);
        if (!spec.headers.containsKey("Host")) {
            builder.header("Host", target.host);
        }
        String cookieHeader = cookies.header(target.rawPath);
        if (cookieHeader != null) {
            builder.header("Cookie", cookieHeader);
        }
        if (sameMethod) {
            addBody(builder, spec);
        }
        spec.headers.forEach(builder::header);
        HttpRequest request = builder.build();
        if (!enforceCsrfChecks) {
            request.setAttribute(Csrf.DONT_ENFORCE_ATTRIBUTE, Boolean.TRUE);
        }
        RequestRecording recording = new RequestRecording();
        QueryLog.Captured<HttpResponse> captured = QueryLog.capture(nPlusOneThreshold, nPlusOneStrict, () -> {
            try {
                return ScopedValue.where(RequestRecording.CURRENT, recording)
                        .call(() -> RenderObserver.observe(recording::rendered, () -> handler.handle(request)));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new UndeclaredThrowableException(e, "the view raised " + e);
            }
        });
        HttpResponse response = captured.result();
        for (String setCookie : setCookieValues(response)) {
            cookies.accept(setCookie);
        }
        return new Exchange(request, response, recording, captured.queries());
    }

    private static void addBody(HttpRequest.Builder builder, TestRequest spec) {
        byte[] body = spec.body;
        String contentType = spec.contentType;
        if (spec.form != null) {
            if (spec.forceMultipart || BodyEncoder.hasFiles(spec.form)) {
                body = BodyEncoder.multipart(spec.form);
                contentType = BodyEncoder.MULTIPART_CONTENT;
            } else {
                body = BodyEncoder.urlencode(spec.form).getBytes(StandardCharsets.US_ASCII);
                contentType = "application/x-www-form-urlencoded";
            }
        }
        if (body != null) {
            if (contentType != null && !spec.headers.containsKey("Content-Type")) {
                builder.header("Content-Type", contentType);
            }
            builder.header("Content-Length", Integer.toString(body.length));
            builder.body(body);
        }
    }

    private static String joinQuery(String rawQuery, TestRequest spec) {
        if (spec.query.isEmpty()) {
            return rawQuery;
        }
        String encoded = BodyEncoder.urlencode(spec.query);
        return rawQuery.isEmpty() ? encoded : rawQuery + "&" + encoded;
    }

    /** The response's {@code Set-Cookie} values: its cookies, and a raw header a view may have set. */
    private static List<String> setCookieValues(HttpResponse response) {
        List<String> values = new ArrayList<>(response.setCookieHeaders());
        String header = response.header("Set-Cookie");
        if (header != null) {
            values.add(header);
        }
        return values;
    }

    byte[] toJson(Object value) {
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value + " as JSON", e);
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim();
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** Where a request goes: scheme, host, raw path and query. */
    private record Target(boolean secure, String host, String rawPath, String rawQuery) {
        static Target of(String path, boolean secure) {
            int q = path.indexOf('?');
            return new Target(secure, TEST_HOST, q < 0 ? path : path.substring(0, q),
                    q < 0 ? "" : path.substring(q + 1));
        }

        Target resolve(String location) {
            URI base = URI.create((secure ? "https://" : "http://") + host + "/");
            URI next = base.resolve(URI.create(rawPath.replace(" ", "%20"))).resolve(location);
            String query = next.getRawQuery();
            String nextHost = next.getRawAuthority() == null ? host : next.getRawAuthority();
            return new Target("https".equals(next.getScheme()), nextHost,
                    next.getRawPath() == null || next.getRawPath().isEmpty() ? "/" : next.getRawPath(),
                    query == null ? "" : query);
        }
    }
}
