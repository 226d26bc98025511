package dev.quintet.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened inside one test-client request, recorded by the framework for the test to inspect:
 * the templates rendered and their contexts, as Django's test client records through the
 * {@code template_rendered} signal.
 *
 * <h2>For framework code (the extension point)</h2>
 * The {@link Client} binds {@link #CURRENT} around every request it sends. Code that renders a
 * template (or anything else a test may want to see) reports it with one call, which costs a
 * single {@code isBound()} check outside tests:
 *
 * <pre>{@code
 * RequestRecording.record(RequestRecording.TEMPLATES, template.name());
 * RequestRecording.record(RequestRecording.CONTEXTS, context);
 * }</pre>
 *
 * Tests read it back from the response: {@code response.recorded(RequestRecording.TEMPLATES)}.
 * The recording is per request (a {@link ScopedValue}, never a static or a thread-local), so
 * parallel tests do not see each other's templates.
 */
public final class RequestRecording {
    /** Kind under which rendered templates' names are recorded. */
    public static final String TEMPLATES = "templates";
    /** Kind under which the contexts templates were rendered with are recorded. */
    public static final String CONTEXTS = "contexts";

    /** The recording of the test-client request running on this thread, when there is one. */
    public static final ScopedValue<RequestRecording> CURRENT = ScopedValue.newInstance();

    private final Map<String, List<Object>> events = new LinkedHashMap<>();

    RequestRecording() {
    }

    /** Records {@code value} under {@code kind} if a test-client request is running; else nothing. */
    public static void record(String kind, Object value) {
        if (CURRENT.isBound()) {
            CURRENT.get().add(kind, value);
        }
    }

    /** Adds an event to this recording. */
    public synchronized void add(String kind, Object value) {
        events.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
    }

    /** Everything recorded under {@code kind}, in order; empty when nothing was. */
    public synchronized List<Object> get(String kind) {
        List<Object> values = events.get(kind);
        return values == null ? List.of() : List.copyOf(values);
    }
}
