package dev.quintet.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.db.QueryLog;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.template.Template;
import dev.quintet.urls.ResolverMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the test {@link Client} got back: the view's {@link HttpResponse} with the request that
 * produced it, the redirects followed, and what the framework recorded while rendering
 * ({@link RequestRecording}).
 *
 * <pre>{@code
 * TestResponse response = client.get("/api/posts/1/");
 * assertThat(response.status()).isEqualTo(200);
 * assertThat(response.json().get("title").asText()).isEqualTo("Hello");
 * assertThat(response.resolverMatch().urlName()).isEqualTo("post_detail");
 * assertThat(response.templateNames()).containsExactly("blog/post_detail.html", "base.html");
 * assertThat(response.context().get("post")).isEqualTo(post);
 * }</pre>
 */
public final class TestResponse {
    private final HttpResponse response;
    private final HttpRequest request;
    private final List<RedirectHop> redirectChain;
    private final RequestRecording recording;
    private final List<QueryLog.Entry> queries;
    private final ObjectMapper mapper;
    private byte[] body;

    TestResponse(HttpResponse response, HttpRequest request, List<RedirectHop> redirectChain,
                 RequestRecording recording, List<QueryLog.Entry> queries, ObjectMapper mapper) {
        this.response = response;
        this.request = request;
        this.redirectChain = List.copyOf(redirectChain);
        this.recording = recording;
        this.queries = List.copyOf(queries);
        this.mapper = mapper;
    }

    /** The response the site returned, of its own class ({@code JsonResponse}, a redirect…). */
    public HttpResponse response() {
        return response;
    }

    /** The request that produced it (the last one, when redirects were followed). */
    public HttpRequest request() {
        return request;
    }

    /** How the request's URL resolved, or {@code null} when resolution did not run. */
    public ResolverMatch resolverMatch() {
        return request.resolverMatch();
    }

    /** The status code. */
    public int status() {
        return response.status();
    }

    /** A response header, or {@code null}. */
    public String header(String name) {
        return response.header(name);
    }

    /** Every response header. */
    public Map<String, String> headers() {
        return response.headers();
    }

    /** The cookies the response set (or deleted), by name. */
    public Map<String, Cookie> cookies() {
        return response.cookies();
    }

    /** The body's bytes; a streaming body is read to its end (once) and the response closed. */
    public synchronized byte[] bytes() {
        if (body == null) {
            if (response.isStreaming()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    Iterator<byte[]> chunks = response.streamingContent();
                    while (chunks.hasNext()) {
                        out.writeBytes(chunks.next());
                    }
                } finally {
                    response.close();
                }
                body = out.toByteArray();
            } else {
                body = response.content();
            }
        }
        return body;
    }

    /** The body decoded with the charset of its {@code Content-Type} (UTF-8 by default). */
    public String content() {
        return new String(bytes(), charset());
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
        try {
            return mapper.readTree(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("response body is not JSON: " + content(), e);
        }
    }

    /** The body parsed as JSON into {@code type} ({@code Map.class}, a record…). */
    public <T> T json(Class<T> type) {
        try {
            return mapper.readValue(bytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("response body is not JSON for " + type.getSimpleName() + ": " + content(), e);
        }
    }

    /** The redirects followed to get here, oldest first; empty unless {@code follow(true)}. */
    public List<RedirectHop> redirectChain() {
        return redirectChain;
    }

    /**
     * The database queries the request ran (the last one, after redirects), in order, with their SQL,
     * parameters, time and call site: {@code assertThat(response.queries()).hasSize(2)}.
     */
    public List<QueryLog.Entry> queries() {
        return queries;
    }

    /** What the framework recorded under {@code kind} during the request (see {@link RequestRecording}). */
    public List<Object> recorded(String kind) {
        return recording.get(kind);
    }

    /**
     * The templates rendered, in the order they started — each {@code {% extends %}} parent after
     * its child, each {@code {% include %}} where it rendered, once per render (Django's
     * {@code response.templates}).
     */
    public List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        for (Object t : recording.get(RequestRecording.TEMPLATES)) {
            if (t instanceof Template template) {
                templates.add(template);
            }
        }
        return templates;
    }

    /**
     * The names of the templates rendered, in order, duplicates kept; templates made from a string
     * have none and are left out (as Django's {@code assertTemplateUsed} leaves them).
     */
    public List<String> templateNames() {
        List<String> names = new ArrayList<>();
        for (Template t : templates()) {
            if (t.name() != null) {
                names.add(t.name());
            }
        }
        return names;
    }

    /**
     * The variables of every template rendered, in order, each as its template started; a lookup
     * by name searches them all (Django's {@code response.context}).
     */
    public ContextList context() {
        return ContextList.of(recording.get(RequestRecording.CONTEXTS));
    }

    private Charset charset() {
        String type = response.header("Content-Type");
        if (type != null) {
            for (String parameter : type.split(";")) {
                String p = parameter.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (IllegalArgumentException unknown) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public String toString() {
        return "<TestResponse status=" + status() + " " + request.method() + " " + request.path() + ">";
    }
}
