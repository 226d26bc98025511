package dev.quintet.http;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A map holding several values per key, in insertion order: Django's {@code MultiValueDict}.
 *
 * <p>{@link #get(String)} answers the <em>last</em> value of a key, as Django's
 * {@code d[key]} does; {@link #getList(String)} answers all of them.
 *
 * <pre>{@code
 * MultiValueDict<String> d = new MultiValueDict<>();
 * d.appendList("tag", "a");
 * d.appendList("tag", "b");
 * d.get("tag");      // "b"
 * d.getList("tag");  // ["a", "b"]
 * }</pre>
 *
 * @param <V> the value type ({@code String} for {@link QueryDict}, {@link UploadedFile} for files)
 */
public class MultiValueDict<V> {
    private final LinkedHashMap<String, List<V>> values = new LinkedHashMap<>();

    /** An empty dictionary. */
    public MultiValueDict() {
    }

    /** A copy of {@code other}'s keys and values. */
    public MultiValueDict(MultiValueDict<? extends V> other) {
        other.values.forEach((k, list) -> values.put(k, new ArrayList<>(list)));
    }

    /** Called before every change; {@link QueryDict} refuses changes while immutable. */
    protected void checkMutable() {
    }

    /** The last value for {@code key}, or {@code null} when absent or empty. */
    public V get(String key) {
        List<V> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getLast();
    }

    /** The last value for {@code key}, or {@code fallback} when absent or empty. */
    public V get(String key, V fallback) {
        V value = get(key);
        return value == null ? fallback : value;
    }

    /** Every value for {@code key}, in order; empty when absent. Unmodifiable. */
    public List<V> getList(String key) {
        List<V> list = values.get(key);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** Every value for {@code key}, or {@code fallback} when absent. */
    public List<V> getList(String key, List<V> fallback) {
        List<V> list = values.get(key);
        return list == null ? fallback : Collections.unmodifiableList(list);
    }

    /** True when {@code key} is present (even with no values). */
    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    /** The keys, in insertion order. Unmodifiable. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Each key with its last value, in order: Django's {@code items()}. */
    public List<Map.Entry<String, V>> items() {
        List<Map.Entry<String, V>> out = new ArrayList<>(values.size());
        values.forEach((k, list) -> out.add(new AbstractMap.SimpleImmutableEntry<>(k, list.isEmpty() ? null : list.getLast())));
        return out;
    }

    /** Each key with all its values: Django's {@code lists()}. Unmodifiable. */
    public Map<String, List<V>> lists() {
        Map<String, List<V>> out = new LinkedHashMap<>();
        values.forEach((k, list) -> out.put(k, Collections.unmodifiableList(list)));
        return Collections.unmodifiableMap(out);
    }

    /** Each key with its last value: Django's {@code dict()}. */
    public Map<String, V> dict() {
        Map<String, V> out = new LinkedHashMap<>();
        values.forEach((k, list) -> out.put(k, list.isEmpty() ? null : list.getLast()));
        return out;
    }

    /** The number of keys. */
    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Replaces the values of {@code key} with the single {@code value} (Django's {@code d[key] = v}). */
    public void set(String key, V value) {
        checkMutable();
        List<V> list = new ArrayList<>(1);
        list.add(value);
        values.put(key, list);
    }

    /** Replaces the values of {@code key}. */
    public void setList(String key, List<? extends V> list) {
        checkMutable();
        values.put(key, new ArrayList<>(list));
    }

    /** Adds {@code value} after the existing values of {@code key}. */
    public void appendList(String key, V value) {
        checkMutable();
        values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    /** The last value of {@code key}, first setting it to {@code value} when absent. */
    public V setDefault(String key, V value) {
        checkMutable();
        if (!values.containsKey(key)) {
            set(key, value);
        }
        return get(key);
    }

    /** Removes {@code key}, answering its values (empty when absent). */
    public List<V> pop(String key) {
        checkMutable();
        List<V> removed = values.remove(key);
        return removed == null ? List.of() : removed;
    }

    /** Appends every value of {@code other} (Django's {@code update()} adds, never replaces). */
    public void update(MultiValueDict<? extends V> other) {
        checkMutable();
        other.values.forEach((k, list) -> values.computeIfAbsent(k, x -> new ArrayList<>(list.size())).addAll(list));
    }

    /** Removes everything. */
    public void clear() {
        checkMutable();
        values.clear();
    }

    /** A shallow copy (values themselves are shared). */
    public MultiValueDict<V> copy() {
        return new MultiValueDict<>(this);
    }

    /** The live storage, for subclasses in this package. */
    Map<String, List<V>> storage() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiValueDict<?> other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + ": " + values + ">";
    }
}
