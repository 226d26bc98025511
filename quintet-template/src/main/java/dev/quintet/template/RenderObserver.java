package dev.quintet.template;

import java.util.Objects;

/**
 * Sees every template rendered inside a scope: the template and the context it renders with,
 * each {@code {% extends %}} parent and {@code {% include %}}d template included, in the order
 * they start — Django's {@code template_rendered} signal, which its test client listens to.
 *
 * <p>The observer is bound with a {@link ScopedValue} for the duration of {@code body} only, on
 * the current thread (and the threads of structured tasks it forks), so parallel renders elsewhere
 * are not seen, and a render outside any scope pays one {@code isBound()} check. Scopes nest:
 * inside a scope, a nested one's renders reach both observers, outer first.
 *
 * <pre>{@code
 * List<String> names = new ArrayList<>();
 * String html = RenderObserver.observe((template, context) -> names.add(template.name()),
 *         () -> engine.getTemplate("blog/post_detail.html").render(Map.of("post", post)));
 * // names: [blog/post_detail.html, base.html, blog/_author.html]
 * }</pre>
 *
 * The context is the live one, at the moment the template starts (the context processors' variables
 * included): an observer that keeps it should copy what it needs ({@link Context#flatten()}).
 */
@FunctionalInterface
public interface RenderObserver {
    /** Called as {@code template} starts rendering with {@code context}. */
    void rendered(Template template, Context context);

    /** Runs {@code body} with {@code observer} seeing every template rendered; returns its result. */
    static <T, X extends Throwable> T observe(RenderObserver observer, ScopedValue.CallableOp<? extends T, X> body)
            throws X {
        Objects.requireNonNull(observer, "observer");
        return ScopedValue.where(Template.OBSERVER, Template.chained(observer)).call(body);
    }

    /** Runs {@code body} with {@code observer} seeing every template rendered. */
    static void observe(RenderObserver observer, Runnable body) {
        Objects.requireNonNull(observer, "observer");
        ScopedValue.where(Template.OBSERVER, Template.chained(observer)).run(body);
    }
}
