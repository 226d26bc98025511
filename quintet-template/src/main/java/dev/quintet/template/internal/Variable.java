package dev.quintet.template.internal;

import dev.quintet.template.AttributeResolver;
import dev.quintet.template.Context;
import dev.quintet.template.Engine;
import dev.quintet.template.SafeString;
import dev.quintet.template.TemplateSyntaxError;

/**
 * Django's {@code Variable}: a literal (number, quoted string, optionally {@code _("...")}) or a
 * dotted lookup path, parsed once.
 */
public final class Variable {
    private final String var;
    private final Object literal;
    private final String[] lookups;
    private final int[] indexes;
    /** Per lookup step, the {@link ForLoop} attribute id of the name (or -1), resolved at parse time. */
    private final int[] forloopIds;
    /** One-entry inline cache per lookup step: the last (class, accessor) seen there. */
    private final StepCache[] caches;

    private record StepCache(Class<?> type, Lookups.Accessor accessor) {
    }

    private Variable(String var, Object literal, String[] lookups) {
        this.var = var;
        this.literal = literal;
        this.lookups = lookups;
        if (lookups != null) {
            indexes = new int[lookups.length];
            forloopIds = new int[lookups.length];
            for (int i = 0; i < lookups.length; i++) {
                indexes[i] = Lookups.indexOf(lookups[i]);
                forloopIds[i] = ForLoop.attributeId(lookups[i]);
            }
            caches = new StepCache[lookups.length];
        } else {
            indexes = null;
            forloopIds = null;
            caches = null;
        }
    }

    /** Parses a variable or literal. */
    public static Variable parse(String var) {
        if (var.contains(".") || var.toLowerCase().contains("e")) {
            Double d = PyOps.parseFloatLiteral(var);
            if (d != null && !var.endsWith(".")) {
                return new Variable(var, d, null);
            }
        } else {
            Number n = PyOps.parseIntLiteral(var);
            if (n != null) {
                return new Variable(var, n, null);
            }
        }
        String v = var;
        if (v.startsWith("_(") && v.endsWith(")") && v.length() >= 3) {
            v = v.substring(2, v.length() - 1);
        }
        String literal = unescapeStringLiteral(v);
        if (literal != null) {
            return new Variable(var, SafeString.of(literal), null);
        }
        if (v.isEmpty() || v.contains("._") || v.charAt(0) == '_') {
            throw new TemplateSyntaxError("Variables and attributes may not begin with underscores: '" + v + "'");
        }
        String[] bits = v.split("\\.", -1);
        // Interned so that scope and map lookups of the same name usually match by identity.
        for (int i = 0; i < bits.length; i++) {
            bits[i] = bits[i].intern();
        }
        return new Variable(var, null, bits);
    }

    /** Django's {@code unescape_string_literal}, or null when {@code s} is not a quoted string. */
    public static String unescapeStringLiteral(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char q = s.charAt(0);
        if ((q != '"' && q != '\'') || s.charAt(s.length() - 1) != q) {
            return null;
        }
        if (s.length() == 1) {
            return "";
        }
        String body = s.substring(1, s.length() - 1);
        return body.replace("\\" + q, String.valueOf(q)).replace("\\\\", "\\");
    }

    public boolean isLiteral() {
        return lookups == null;
    }

    public Object literal() {
        return literal;
    }

    /** The lookup path's parts, or null for a literal. */
    public String[] lookups() {
        return lookups == null ? null : lookups.clone();
    }

    /** Resolves against the context: the value, or {@link Lookups#MISSING}. */
    public Object resolve(Context context) {
        if (lookups == null) {
            return literal;
        }
        Object current = context.lookupRoot(lookups[0]);
        if (current == Lookups.MISSING) {
            return current;
        }
        current = Lookups.callIfCallable(current);
        for (int i = 1; i < lookups.length; i++) {
            current = step(context, current, i);
            if (current == Lookups.MISSING) {
                return current;
            }
            current = Lookups.callIfCallable(current);
        }
        return current;
    }

    private Object step(Context context, Object current, int i) {
        StepCache c = caches[i];
        // Only plain objects are cached (maps, forloop and Attributes never are), so a hit can
        // skip the type tests below.
        if (c != null && current != null && c.type() == current.getClass()) {
            return Lookups.isNone(c.accessor()) ? indexOrMissing(current, i) : Lookups.invoke(c.accessor(), current);
        }
        if (current instanceof ForLoop loop) {
            return loop.attribute(forloopIds[i]);
        }
        if (current == null || current instanceof java.util.Map<?, ?> || current instanceof Attributes) {
            return Lookups.get(current, lookups[i], indexes[i]);
        }
        Class<?> type = current.getClass();
        c = new StepCache(type, accessor(context, type, lookups[i]));
        caches[i] = c;
        if (!Lookups.isNone(c.accessor())) {
            return Lookups.invoke(c.accessor(), current);
        }
        return indexOrMissing(current, i);
    }

    /** The engine's {@link AttributeResolver}'s accessor when it claims {@code type}, else the engine's own. */
    private static Lookups.Accessor accessor(Context context, Class<?> type, String name) {
        Engine engine = context.engine();
        AttributeResolver resolver = engine == null ? null : engine.attributeResolver();
        if (resolver != null) {
            java.util.function.Function<Object, Object> f = resolver.accessor(type, name);
            if (f != null) {
                return f::apply;
            }
        }
        return Lookups.accessorFor(type, name);
    }

    private Object indexOrMissing(Object current, int i) {
        return indexes[i] >= 0 ? Lookups.index(current, indexes[i]) : Lookups.MISSING;
    }

    @Override
    public String toString() {
        return var;
    }
}
