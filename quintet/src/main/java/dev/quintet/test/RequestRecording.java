package dev.quintet.test;

import dev.quintet.template.Context;
import dev.quintet.template.RenderObserver;
import dev.quintet.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened inside one test-client request, recorded by the framework for the test to inspect:
 * the templates rendered and their contexts, as Django's test client records through the
 * {@code template_rendered} signal.
 *
 * <p>Templates are recorded by the {@link Client} itself: around every request it sends, it
 * observes the template engine ({@link RenderObserver}), so every template rendered — a view's,
 * its {@code {% extends %}} parents, each {@code {% include %}} — is recorded under
 * {@link #TEMPLATES} (the {@link Template}), with a copy of the variables it started with under
 * {@link #CONTEXTS}.
 *
 * <h2>For framework code (the extension point)</h2>
 * The {@link Client} binds {@link #CURRENT} around every request it sends. Code that has
 * something else a test may want to see reports it with one call, which costs a single
 * {@code isBound()} check outside tests:
 *
 * <pre>{@code
 * RequestRecording.record("mails", message);
 * }</pre>
 *
 * Tests read it back from the response: {@code response.recorded("mails")}.
 * The recording is per request (a {@link ScopedValue}, never a static or a thread-local), so
 * parallel tests do not see each other's templates.
 */
public final class RequestRecording {
    /** Kind under which rendered templates ({@link Template}s) are recorded. */
    public static final String TEMPLATES = "templates";
    /** Kind under which the variables templates started rendering with are recorded (a read-only map each). */
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

    /**
     * Records {@code template} and a copy of the variables of {@code context} (a
     * {@link RenderObserver}); together, so the n-th context is the n-th template's.
     */
    synchronized void rendered(Template template, Context context) {
        add(TEMPLATES, template);
        add(CONTEXTS, Collections.unmodifiableMap(context.flatten()));
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
