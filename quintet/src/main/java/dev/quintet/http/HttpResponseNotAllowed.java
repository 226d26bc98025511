package dev.quintet.http;

import java.util.List;

/**
 * A 405 Method Not Allowed response whose {@code Allow} header lists the permitted methods
 * (Django's {@code HttpResponseNotAllowed}).
 *
 * <pre>{@code
 * return new HttpResponseNotAllowed(List.of("GET", "POST"));   // Allow: GET, POST
 * }</pre>
 */
public class HttpResponseNotAllowed extends HttpResponse {
    private final List<String> permittedMethods;

    /** An empty 405 response allowing {@code permittedMethods}. */
    public HttpResponseNotAllowed(List<String> permittedMethods) {
        this(permittedMethods, "");
    }

    /** A 405 response allowing {@code permittedMethods}, with {@code content}. */
    @SuppressWarnings("this-escape") // only final header methods run here
    public HttpResponseNotAllowed(List<String> permittedMethods, String content) {
        super(content, DEFAULT_CONTENT_TYPE, 405);
        this.permittedMethods = List.copyOf(permittedMethods);
        setHeader("Allow", String.join(", ", this.permittedMethods));
    }

    /** The methods the resource accepts. */
    public List<String> permittedMethods() {
        return permittedMethods;
    }
}
