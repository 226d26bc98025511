package dev.quintet.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * State that tags keep for the duration of one render (cycle positions, ifchanged values, the
 * block inheritance chain). Each template rendered in isolation (an {@code include}) sees its own
 * top level; lookups only look at the top, as Django's {@code RenderContext}.
 */
public final class RenderContext {
    private final ArrayList<Map<Object, Object>> dicts = new ArrayList<>(4);
    private Template template;

    RenderContext() {
        dicts.add(new HashMap<>());
    }

    /** The template being rendered (the innermost one). */
    public Template template() {
        return template;
    }

    public Object get(Object key) {
        return dicts.get(dicts.size() - 1).get(key);
    }

    public boolean containsKey(Object key) {
        return dicts.get(dicts.size() - 1).containsKey(key);
    }

    public void put(Object key, Object value) {
        dicts.get(dicts.size() - 1).put(key, value);
    }

    /** The bottom level, shared by every template of the render (used to cache includes). */
    public Map<Object, Object> shared() {
        return dicts.get(0);
    }

    /**
     * Makes {@code template} current; with {@code isolated} it also gets a fresh top level. Returns
     * the token to give to {@link #popState(Object)}.
     */
    public Object pushState(Template template, boolean isolated) {
        Object saved = new Object[] {this.template, isolated};
        this.template = template;
        if (isolated) {
            dicts.add(new HashMap<>());
        }
        return saved;
    }

    /** Undoes {@link #pushState(Template, boolean)}. */
    public void popState(Object saved) {
        Object[] s = (Object[]) saved;
        this.template = (Template) s[0];
        if ((Boolean) s[1]) {
            dicts.remove(dicts.size() - 1);
        }
    }
}
