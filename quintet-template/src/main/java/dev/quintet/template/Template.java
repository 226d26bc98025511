package dev.quintet.template;

import dev.quintet.template.internal.TemplateParser;
import dev.quintet.template.library.NodeList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A compiled template. Compiled once, it renders any number of times, from any number of threads
 * (each render with its own {@link Context}).
 *
 * <pre>{@code
 * Template t = engine.getTemplate("blog/post.html");
 * String html = t.render(Map.of("post", post));
 * }</pre>
 */
public final class Template {
    /** The observer of the current scope ({@link RenderObserver#observe}); unbound outside any. */
    static final ScopedValue<RenderObserver> OBSERVER = ScopedValue.newInstance();

    private final Engine engine;
    private final Origin origin;
    private final String name;
    private final String source;
    private final NodeList nodelist;
    private final Map<String, Object> extraData;
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, List<?>> byType = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The length of the last output rendered to a string: a sizing hint only, so the output buffer
     * is allocated once instead of growing (and being copied) several times. Racy by design: any
     * value read is a valid hint.
     */
    private int lastOutputLength;

    /** Compiles {@code source}; throws {@link TemplateSyntaxError} naming the place of the first error. */
    Template(Engine engine, String source, Origin origin, String name) {
        this.engine = engine;
        this.origin = origin == null ? Origin.UNKNOWN : origin;
        this.name = name;
        this.source = source;
        TemplateParser parser = new TemplateParser(engine, this.origin, displayName(name, this.origin), source);
        this.nodelist = parser.parseTemplate();
        this.extraData = parser.extraData();
    }

    /** A partial ({@code {% partialdef %}}) of a template, rendered as a template of its own. */
    Template(Template of, String partialName, NodeList nodelist) {
        this.engine = of.engine;
        this.origin = of.origin;
        this.name = partialName;
        this.source = of.source;
        this.nodelist = nodelist;
        this.extraData = of.extraData;
    }

    /** Makes a partial's template (used by {@code {% partialdef %}}). */
    public static Template partial(Template of, String partialName, NodeList nodelist) {
        return new Template(of, partialName, nodelist);
    }

    static String displayName(String name, Origin origin) {
        if (name != null) {
            return name;
        }
        return origin == null ? Origin.UNKNOWN.name() : origin.name();
    }

    /** Renders with {@code values} as the variables. */
    public String render(Map<String, ?> values) {
        return render(new Context(values));
    }

    /** Renders with a context. */
    public String render(Context context) {
        int hint = lastOutputLength;
        StringBuilder sb = new StringBuilder(hint > 0 ? hint + (hint >>> 4) + 16 : Math.max(256, source.length() + source.length() / 2));
        try {
            render(context, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int length = sb.length();
        if (length != hint) {
            lastOutputLength = length;
        }
        return sb.toString();
    }

    /** Renders into {@code out} as it goes (for streaming responses). */
    public void render(Context context, Appendable out) throws IOException {
        RenderContext rc = context.renderContext();
        Object state = rc.pushState(this, true);
        try {
            if (context.bind(this)) {
                try {
                    notifyObserver(context);
                    nodelist.render(context, out);
                } finally {
                    context.unbind();
                }
            } else {
                notifyObserver(context);
                nodelist.render(context, out);
            }
        } finally {
            rc.popState(state);
        }
    }

    /**
     * Renders the nodes without isolating the render state: what {@code {% extends %}} does with
     * its parent, so the block chain is shared.
     */
    public void renderInherited(Context context, Appendable out) throws IOException {
        RenderContext rc = context.renderContext();
        Object state = rc.pushState(this, false);
        try {
            notifyObserver(context);
            nodelist.render(context, out);
        } finally {
            rc.popState(state);
        }
    }

    /** Tells the scope's {@link RenderObserver}, if any, that this template starts rendering with {@code context}. */
    private void notifyObserver(Context context) {
        if (OBSERVER.isBound()) {
            OBSERVER.get().rendered(this, context);
        }
    }

    /** {@code observer}, after the enclosing scope's observer when there is one. */
    static RenderObserver chained(RenderObserver observer) {
        if (!OBSERVER.isBound()) {
            return observer;
        }
        RenderObserver outer = OBSERVER.get();
        return (template, context) -> {
            outer.rendered(template, context);
            observer.rendered(template, context);
        };
    }

    public Engine engine() {
        return engine;
    }

    public Origin origin() {
        return origin;
    }

    /** The name it was loaded by (or the partial's name), or null for a template made from a string. */
    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public NodeList nodelist() {
        return nodelist;
    }

    /** Every node of that type in the template, searched once and remembered. */
    @SuppressWarnings("unchecked")
    public <T> List<T> nodesByType(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> List.copyOf(nodelist.nodesByType(t)));
    }

    /** Data tags kept while parsing (partials). */
    public Map<String, Object> extraData() {
        return Collections.unmodifiableMap(extraData);
    }

    @Override
    public String toString() {
        return "<Template " + displayName(name, origin) + ">";
    }
}
