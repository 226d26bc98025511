package dev.quintet.template.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code forloop} variable of {@code {% for %}}. Its attribute names are resolved to small
 * numbers when a template is parsed ({@link #attributeId(String)}), so {@code forloop.counter}
 * costs a switch on an int when rendering, not a string comparison.
 */
public final class ForLoop implements Attributes {
    /** Attribute ids, in the order of {@link #NAMES}; -1 is "not a forloop attribute". */
    static final String[] NAMES = {"counter", "counter0", "revcounter", "revcounter0", "first", "last", "length", "parentloop"};

    private final int length;
    private final Object parentloop;
    private int i;
    private Map<Object, Object> state;

    /** A loop over {@code length} items nested in {@code parentloop} (an empty map at the top). */
    public ForLoop(int length, Object parentloop) {
        this.length = length;
        this.parentloop = parentloop;
    }

    /** Moves the loop to the item at {@code index} (0-based). */
    public void index(int index) {
        this.i = index;
    }

    /** The id of a forloop attribute name, or -1. */
    public static int attributeId(String name) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public Object attribute(String name) {
        return attribute(attributeId(name));
    }

    /** The attribute of that id, or {@link Lookups#MISSING}. */
    public Object attribute(int id) {
        return switch (id) {
            case 0 -> i + 1;
            case 1 -> i;
            case 2 -> length - i;
            case 3 -> length - i - 1;
            case 4 -> i == 0;
            case 5 -> i == length - 1;
            case 6 -> length;
            case 7 -> parentloop;
            default -> Lookups.MISSING;
        };
    }

    /** Per-loop state of tags such as {@code {% ifchanged %}}, made on first use. */
    public Map<Object, Object> state() {
        if (state == null) {
            state = new HashMap<>();
        }
        return state;
    }

    @Override
    public String toString() {
        return "{'parentloop': " + PyOps.repr(parentloop) + ", 'length': " + length + ", 'counter0': " + i
                + ", 'counter': " + (i + 1) + ", 'revcounter': " + (length - i) + ", 'revcounter0': " + (length - i - 1)
                + ", 'first': " + Py.str(i == 0) + ", 'last': " + Py.str(i == length - 1) + "}";
    }
}
