package dev.quintet.template;

import dev.quintet.template.internal.Lookups;
import dev.quintet.template.library.FilterContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a template renders with: a stack of scopes (tags such as {@code for} and
 * {@code with} push one and pop it), the autoescape flag, a {@link RenderContext} for tags'
 * per-render state, and optionally the request (for context processors and
 * {@code {% csrf_token %}}/{@code {% querystring %}}).
 *
 * <p>A context is used by one render at a time; it is cheap to make one per render.
 */
public class Context implements FilterContext {
    private final ArrayList<Map<String, Object>> scopes;
    private Boolean autoescape;
    private ZoneId zone;
    private Object request;
    private Engine engine;
    private Template template;
    private RenderContext renderContext;
    private int processorsIndex = -1;

    /** An empty context. */
    public Context() {
        this((Map<String, ?>) null);
    }

    /** A context holding a copy of {@code values}. */
    public Context(Map<String, ?> values) {
        scopes = new ArrayList<>(8);
        scopes.add(values == null ? new HashMap<>() : new HashMap<>(values));
        renderContext = new RenderContext();
    }

    /** A context holding a copy of {@code values}. */
    public static Context of(Map<String, ?> values) {
        return new Context(values);
    }

    /**
     * A context for a request: the engine's context processors run on {@code request} when the
     * template is rendered, and their variables sit below {@code values} (which win).
     */
    public static Context forRequest(Object request, Map<String, ?> values) {
        Context c = new Context((Map<String, ?>) null);
        c.request = request;
        c.processorsIndex = 0;
        c.scopes.add(values == null ? new HashMap<>() : new HashMap<>(values));
        return c;
    }

    private Context(Context other) {
        this.scopes = new ArrayList<>(8);
        this.autoescape = other.autoescape;
        this.zone = other.zone;
        this.request = other.request;
        this.engine = other.engine;
        this.template = other.template;
        this.renderContext = other.renderContext;
    }

    // ---- scopes

    /** The value of {@code key} in the innermost scope that has it, or null. */
    public Object get(String key) {
        Object v = lookupRoot(key);
        return v == Lookups.MISSING ? null : v;
    }

    /** The value of {@code key} in the innermost scope that has it, or {@code otherwise}. */
    public Object get(String key, Object otherwise) {
        Object v = lookupRoot(key);
        return v == Lookups.MISSING ? otherwise : v;
    }

    /** The value of a top-level name, or {@link Lookups#MISSING}; {@code True}, {@code False}, {@code None} are built in. */
    public Object lookupRoot(String key) {
        ArrayList<Map<String, Object>> s = scopes;
        for (int i = s.size() - 1; i >= 0; i--) {
            Map<String, Object> m = s.get(i);
            Object v = m.get(key);
            if (v != null || m.containsKey(key)) {
                return v;
            }
        }
        return switch (key) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> Lookups.MISSING;
        };
    }

    /** True when some scope has {@code key}. */
    public boolean containsKey(String key) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i).containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** Sets {@code key} in the innermost scope. */
    public Context put(String key, Object value) {
        scopes.get(scopes.size() - 1).put(key, value);
        return this;
    }

    /** Sets {@code key} in the innermost scope that has it, else in the innermost scope (Django's {@code set_upward}). */
    public void setUpward(String key, Object value) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Object> m = scopes.get(i);
            if (m.containsKey(key)) {
                m.put(key, value);
                return;
            }
        }
        put(key, value);
    }

    /** Pushes an empty scope; returns the depth to give to {@link #popTo(int)}. */
    public int push() {
        int depth = scopes.size();
        scopes.add(new HashMap<>(8));
        return depth;
    }

    /** Pushes a scope holding {@code values} (not copied: the context owns it afterwards). */
    public int push(Map<String, Object> values) {
        int depth = scopes.size();
        scopes.add(values);
        return depth;
    }

    /** Pops the innermost scope. */
    public void pop() {
        if (scopes.size() <= 1) {
            throw new IllegalStateException("pop() has been called more times than push()");
        }
        scopes.remove(scopes.size() - 1);
    }

    /** Pops scopes until {@code depth} are left (as returned by {@link #push()}). */
    public void popTo(int depth) {
        for (int i = scopes.size() - 1; i >= depth && i >= 1; i--) {
            scopes.remove(i);
        }
    }

    /** Every variable, inner scopes winning: Django's {@code flatten()}. */
    public Map<String, Object> flatten() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("True", true);
        flat.put("False", false);
        flat.put("None", null);
        for (Map<String, Object> m : scopes) {
            flat.putAll(m);
        }
        return flat;
    }

    /** The scopes, outermost first (read-only view for debugging). */
    public List<Map<String, Object>> scopes() {
        return java.util.Collections.unmodifiableList(scopes);
    }

    /** The names visible in this context. */
    public Set<String> keys() {
        return flatten().keySet();
    }

    /**
     * A new context with the same settings and render state but only {@code values} as
     * variables (Django's {@code Context.new()}, used by {@code include ... only}).
     */
    public Context newContext(Map<String, ?> values) {
        Context c = new Context(this);
        c.scopes.add(values == null ? new HashMap<>() : new HashMap<>(values));
        c.processorsIndex = -1;
        return c;
    }

    // ---- settings

    @Override
    public boolean autoescape() {
        return autoescape == null || autoescape;
    }

    /** Turns autoescaping on or off for what renders next with this context. */
    public Context autoescape(boolean on) {
        this.autoescape = on;
        return this;
    }

    /** Whether autoescape was set explicitly (else the engine's setting applies). */
    public boolean autoescapeIsSet() {
        return autoescape != null;
    }

    @Override
    public ZoneId zone() {
        if (zone != null) {
            return zone;
        }
        return engine != null ? engine.timeZone() : java.time.ZoneOffset.UTC;
    }

    /** Sets the current time zone for this render (Django's {@code timezone.activate}). */
    public Context zone(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    @Override
    public String stringIfInvalid() {
        return engine != null ? engine.stringIfInvalid() : "";
    }

    @Override
    public Object lookup(Object value, String path) {
        Object v = Lookups.path(value, path);
        return v == Lookups.MISSING ? null : v;
    }

    /** The request this context was made for, or null. */
    public Object request() {
        return request;
    }

    /** Sets the request. */
    public Context request(Object request) {
        this.request = request;
        return this;
    }

    /** The engine of the template being rendered, or null before a render. */
    public Engine engine() {
        return engine;
    }

    /** The outermost template being rendered with this context, or null. */
    public Template template() {
        return template;
    }

    /** Per-render state for tags. */
    public RenderContext renderContext() {
        return renderContext;
    }

    /**
     * Binds the outermost template: sets the engine defaults and runs the context processors. Used
     * by {@link Template}; returns whether it bound (and so must unbind).
     */
    boolean bind(Template t) {
        if (template != null) {
            return false;
        }
        template = t;
        engine = t.engine();
        if (autoescape == null) {
            autoescape = engine.autoescape();
        }
        if (processorsIndex >= 0 && request != null) {
            Map<String, Object> processed = new HashMap<>();
            for (var processor : engine.contextProcessors()) {
                Map<String, ?> out = processor.apply(request);
                if (out != null) {
                    processed.putAll(out);
                }
            }
            scopes.set(processorsIndex, processed);
        }
        return true;
    }

    void unbind() {
        template = null;
        if (processorsIndex >= 0) {
            scopes.set(processorsIndex, new HashMap<>());
        }
    }

    /** Sets the engine without binding a template (for nodes rendered outside a template). */
    void engine(Engine engine) {
        this.engine = engine;
    }

    @Override
    public String toString() {
        return scopes.toString();
    }
}
