package dev.quintet.templates;

import dev.quintet.http.HttpRequest;
import java.util.Map;

/**
 * A context processor: a function of the request whose variables every template rendered for
 * that request sees (Django's {@code context_processors}). Listed in
 * {@link TemplatesSettings#contextProcessors()}; runs at render time, below the view's own
 * variables, which win.
 *
 * <pre>{@code
 * ContextProcessor siteName = request -> Map.of("site_name", "Blog");
 * }</pre>
 */
@FunctionalInterface
public interface ContextProcessor {
    /** The variables to add for {@code request}; never {@code null}. */
    Map<String, ?> process(HttpRequest request);
}
