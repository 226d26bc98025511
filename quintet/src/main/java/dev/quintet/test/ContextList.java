package dev.quintet.test;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The contexts of every template a test-client request rendered, in the order the templates
 * started, each as it was when its template started (Django's {@code ContextList}). It is a list
 * of those contexts — {@code get(0)} is the first template's — and a lookup by name searches them
 * in order, so {@code response.context().get("page_obj")} finds the view's variable whichever
 * template (the page, its {@code {% extends %}} parent, an {@code {% include %}}) saw it.
 *
 * <pre>{@code
 * ContextList context = client.get("/posts/").context();
 * Page<?> page = (Page<?>) context.get("page_obj");
 * assertThat(context.containsKey("is_paginated")).isTrue();
 * }</pre>
 */
public final class ContextList extends AbstractList<Map<String, Object>> {
    private final List<Map<String, Object>> contexts;

    ContextList(List<Map<String, Object>> contexts) {
        this.contexts = List.copyOf(contexts);
    }

    /** The contexts recorded under {@link RequestRecording#CONTEXTS} that are maps, in order. */
    static ContextList of(List<Object> recorded) {
        List<Map<String, Object>> contexts = new ArrayList<>();
        for (Object value : recorded) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                contexts.add(Collections.unmodifiableMap(copy));
            }
        }
        return new ContextList(contexts);
    }

    @Override
    public Map<String, Object> get(int index) {
        return contexts.get(index);
    }

    @Override
    public int size() {
        return contexts.size();
    }

    /**
     * The value of {@code key} in the first context holding it.
     *
     * @throws NoSuchElementException when no context holds it (Django's {@code KeyError}), naming
     *         the key and the names there are
     */
    public Object get(String key) {
        for (Map<String, Object> context : contexts) {
            if (context.containsKey(key)) {
                return context.get(key);
            }
        }
        throw new NoSuchElementException("'" + key + "' is in no context of the templates rendered"
                + (contexts.isEmpty() ? " (no template was rendered)" : "; the names there are " + keys()));
    }

    /** The value of {@code key} in the first context holding it, else {@code otherwise}. */
    public Object get(String key, Object otherwise) {
        return containsKey(key) ? get(key) : otherwise;
    }

    /** Whether any context holds {@code key} (Django's {@code key in response.context}). */
    public boolean containsKey(String key) {
        for (Map<String, Object> context : contexts) {
            if (context.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** Every name in any of the contexts. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> context : contexts) {
            keys.addAll(context.keySet());
        }
        return keys;
    }

    /** One map of every name to its value as {@link #get(String)} finds it (the first context holding it wins). */
    public Map<String, Object> flatten() {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (Map<String, Object> context : contexts) {
            for (Map.Entry<String, Object> e : context.entrySet()) {
                if (!flat.containsKey(e.getKey())) {
                    flat.put(e.getKey(), e.getValue());
                }
            }
        }
        return flat;
    }
}
