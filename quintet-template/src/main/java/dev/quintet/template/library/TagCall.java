package dev.quintet.template.library;

import dev.quintet.template.Context;
import java.util.List;
import java.util.Map;

/**
 * The resolved arguments of a simple or inclusion tag call, and the context it renders in.
 *
 * @param context the render's context (Django's {@code takes_context})
 * @param args the positional arguments, resolved
 * @param kwargs the keyword arguments, resolved, in the order written
 */
public record TagCall(Context context, List<Object> args, Map<String, Object> kwargs) {
    /** The {@code i}-th positional argument, or {@code otherwise} if there are fewer. */
    public Object arg(int i, Object otherwise) {
        return i < args.size() ? args.get(i) : otherwise;
    }

    /** The keyword argument {@code name}, or {@code otherwise}. */
    public Object kwarg(String name, Object otherwise) {
        return kwargs.containsKey(name) ? kwargs.get(name) : otherwise;
    }
}
