package dev.quintet.template.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Django's variable lookup on Java values: for {@code a.b}, a map key {@code "b"}, then an
 * attribute {@code b} (public field, record component, {@code getB()}, {@code isB()}, {@code b()}:
 * a zero-argument method, which is called), then an index {@code a[b]} when {@code b} is a number.
 *
 * <p>Attribute accessors are looked up once per (class, name) and kept as method handles in a
 * {@link ClassValue}; rendering never searches by reflection again.
 */
public final class Lookups {
    private Lookups() {
    }

    /** What a lookup gives when there is nothing there. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** Reads one attribute of a target. */
    @FunctionalInterface
    public interface Accessor {
        Object get(Object target) throws Throwable;
    }

    private static final Accessor NONE = t -> MISSING;
    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<ConcurrentHashMap<String, Accessor>> ACCESSORS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Accessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Parses a lookup bit as a list index, or -1 when it is not one. */
    public static int indexOf(String bit) {
        int n = bit.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = bit.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Calls values the template language calls: suppliers and callables. */
    public static Object callIfCallable(Object value) {
        if (value instanceof Supplier<?> s) {
            return s.get();
        }
        if (value instanceof Callable<?> c) {
            try {
                return c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }
        return value;
    }

    /** Looks a dotted path up on a value; {@link #MISSING} when any step fails. */
    public static Object path(Object value, String path) {
        Object current = value;
        int start = 0;
        int n = path.length();
        while (true) {
            int dot = path.indexOf('.', start);
            String bit = dot < 0 ? path.substring(start) : path.substring(start, dot);
            current = get(current, bit, indexOf(bit));
            if (current == MISSING) {
                return MISSING;
            }
            current = callIfCallable(current);
            if (dot < 0 || dot >= n) {
                return current;
            }
            start = dot + 1;
        }
    }

    /**
     * One lookup step: {@code current.bit}, where {@code index} is {@code bit} as a number or -1.
     * Returns {@link #MISSING} when there is nothing.
     */
    public static Object get(Object current, String bit, int index) {
        if (current == null) {
            return MISSING;
        }
        if (current instanceof Attributes a) {
            return a.attribute(bit);
        }
        if (current instanceof Map<?, ?> map) {
            try {
                Object v = map.get(bit);
                if (v != null || map.containsKey(bit)) {
                    return v;
                }
            } catch (ClassCastException | NullPointerException ignored) {
                // a map whose keys are not strings
            }
        }
        Accessor accessor = accessor(current.getClass(), bit);
        if (accessor != NONE) {
            try {
                return accessor.get(current);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new RuntimeException(t);
            }
        }
        if (index >= 0) {
            return index(current, index);
        }
        return MISSING;
    }

    /** The cached accessor of {@code name} on {@code type} ({@link #NONE} when there is none). */
    public static Accessor accessorFor(Class<?> type, String name) {
        return accessor(type, name);
    }

    /** True when {@code accessor} finds nothing. */
    public static boolean isNone(Accessor accessor) {
        return accessor == NONE;
    }

    /** Calls an accessor, rethrowing checked exceptions unchecked. */
    public static Object invoke(Accessor accessor, Object target) {
        try {
            return accessor.get(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new RuntimeException(t);
        }
    }

    /** {@code current[index]} for lists, arrays, strings, entries and int-keyed maps, or {@link #MISSING}. */
    public static Object index(Object current, int index) {
        switch (current) {
            case List<?> list -> {
                return index < list.size() ? list.get(index) : MISSING;
            }
            case Object[] array -> {
                return index < array.length ? array[index] : MISSING;
            }
            case CharSequence s -> {
                return index < s.length() ? String.valueOf(s.charAt(index)) : MISSING;
            }
            case Map.Entry<?, ?> e -> {
                return index == 0 ? e.getKey() : index == 1 ? e.getValue() : MISSING;
            }
            case Map<?, ?> map -> {
                try {
                    Object v = map.get(index);
                    if (v != null || map.containsKey(index)) {
                        return v;
                    }
                } catch (ClassCastException | NullPointerException ignored) {
                    // keys are not integers
                }
                return MISSING;
            }
            default -> {
                if (current.getClass().isArray()) {
                    int len = java.lang.reflect.Array.getLength(current);
                    return index < len ? java.lang.reflect.Array.get(current, index) : MISSING;
                }
                return MISSING;
            }
        }
    }

    private static Accessor accessor(Class<?> type, String name) {
        ConcurrentHashMap<String, Accessor> byName = ACCESSORS.get(type);
        Accessor a = byName.get(name);
        if (a == null) {
            a = build(type, name);
            Accessor prior = byName.putIfAbsent(name, a);
            if (prior != null) {
                a = prior;
            }
        }
        return a;
    }

    private static Accessor build(Class<?> type, String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return NONE;
        }
        Accessor exact = buildExact(type, name);
        if (exact != NONE) {
            return exact;
        }
        // Django's snake_case names read Java's camelCase members: {{ post.get_absolute_url }} calls
        // getAbsoluteUrl(), {{ user.is_authenticated }} isAuthenticated(), {{ c.created_at }} the createdAt field
        String camel = camelCase(name);
        return camel.equals(name) ? NONE : buildExact(type, camel);
    }

    /**
     * A Django attribute name in Java's spelling: {@code get_absolute_url} is {@code getAbsoluteUrl},
     * {@code created_at} is {@code createdAt}; a name without inner underscores is returned as it is.
     */
    public static String camelCase(String name) {
        int i = name.indexOf('_', 1);
        if (i < 0) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length()).append(name, 0, i);
        boolean upper = false;
        for (; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static Accessor buildExact(Class<?> type, String name) {
        if (Map.class.isAssignableFrom(type)) {
            switch (name) {
                case "items" -> {
                    return t -> items((Map<?, ?>) t);
                }
                case "keys" -> {
                    return t -> new ArrayList<>(((Map<?, ?>) t).keySet());
                }
                case "values" -> {
                    return t -> new ArrayList<>(((Map<?, ?>) t).values());
                }
                default -> {
                }
            }
        }
        if (Map.Entry.class.isAssignableFrom(type)) {
            if (name.equals("key")) {
                return t -> ((Map.Entry<?, ?>) t).getKey();
            }
            if (name.equals("value")) {
                return t -> ((Map.Entry<?, ?>) t).getValue();
            }
        }
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                MethodHandle mh = unreflectGetter(field);
                if (mh != null) {
                    return handle(mh);
                }
            }
        } catch (NoSuchFieldException | SecurityException ignored) {
            // not a field
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    Accessor fast = lambda(rc.getAccessor());
                    if (fast != null) {
                        return fast;
                    }
                    MethodHandle mh = unreflect(rc.getAccessor());
                    if (mh != null) {
                        return handle(mh);
                    }
                }
            }
        }
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + cap, "is" + cap, name}) {
            Method m = zeroArgMethod(type, candidate);
            if (m == null) {
                continue;
            }
            if (candidate.startsWith("is") && candidate != name
                    && m.getReturnType() != boolean.class && m.getReturnType() != Boolean.class) {
                continue;
            }
            Accessor fast = lambda(m);
            if (fast != null) {
                return fast;
            }
            MethodHandle mh = unreflect(m);
            if (mh != null) {
                return handle(mh);
            }
        }
        return NONE;
    }

    private static List<Object> items(Map<?, ?> map) {
        List<Object> items = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            items.add(Arrays.asList(e.getKey(), e.getValue()));
        }
        return items;
    }

    private static Accessor handle(MethodHandle mh) {
        MethodHandle typed = mh.asType(OBJECT_TO_OBJECT);
        return t -> (Object) typed.invokeExact(t);
    }

    private static Method zeroArgMethod(Class<?> type, String name) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().equals(name)
                    || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                    || m.getDeclaringClass() == Object.class || m.isBridge()) {
                continue;
            }
            if (found == null || found.getReturnType().isAssignableFrom(m.getReturnType())) {
                found = m;
            }
        }
        if (found == null) {
            return null;
        }
        return publicVersion(found);
    }

    /** The same method as declared by a public, exported type, when the declaring one is not. */
    private static Method publicVersion(Method m) {
        if (isAccessible(m.getDeclaringClass())) {
            return m;
        }
        Method viaSuper = searchSupertypes(m.getDeclaringClass(), m.getName());
        return viaSuper != null ? viaSuper : m;
    }

    private static Method searchSupertypes(Class<?> type, String name) {
        if (type == null) {
            return null;
        }
        for (Class<?> itf : type.getInterfaces()) {
            Method m = declared(itf, name);
            if (m != null) {
                return m;
            }
            Method deeper = searchSupertypes(itf, name);
            if (deeper != null) {
                return deeper;
            }
        }
        Class<?> sup = type.getSuperclass();
        if (sup != null) {
            Method m = declared(sup, name);
            if (m != null) {
                return m;
            }
            return searchSupertypes(sup, name);
        }
        return null;
    }

    private static Method declared(Class<?> type, String name) {
        if (!isAccessible(type)) {
            return null;
        }
        try {
            Method m = type.getMethod(name);
            return Modifier.isPublic(m.getDeclaringClass().getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean isAccessible(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return false;
        }
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing != null && !isAccessible(enclosing)) {
            return false;
        }
        Module module = type.getModule();
        return module.isExported(type.getPackageName(), Lookups.class.getModule());
    }

    /** A generated {@code Function} calling {@code m} directly (as fast as a hand-written getter), or null. */
    @SuppressWarnings("unchecked")
    private static Accessor lambda(Method m) {
        try {
            Class<?> owner = m.getDeclaringClass();
            // The generated class must be defined where the owner is visible: in the owner's own
            // class loader when its package is open to us, else (JDK types) in ours if it sees it.
            MethodHandles.Lookup lookup;
            try {
                lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            } catch (IllegalAccessException | RuntimeException e) {
                if (!isAccessible(owner) || !visibleFromHere(owner)) {
                    return null;
                }
                lookup = MethodHandles.lookup();
            }
            MethodHandle target = lookup.unreflect(m);
            MethodType instantiated =
                    MethodType.methodType(m.getReturnType().isPrimitive() ? box(m.getReturnType()) : m.getReturnType(), owner);
            if (visibleFrom(lookup.lookupClass(), Accessor.class)) {
                // The generated class implements Accessor itself: one interface call per lookup.
                java.lang.invoke.CallSite site = java.lang.invoke.LambdaMetafactory.metafactory(lookup, "get",
                        MethodType.methodType(Accessor.class), OBJECT_TO_OBJECT, target, instantiated);
                return (Accessor) site.getTarget().invoke();
            }
            java.lang.invoke.CallSite site = java.lang.invoke.LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(java.util.function.Function.class), OBJECT_TO_OBJECT, target, instantiated);
            java.util.function.Function<Object, Object> f =
                    (java.util.function.Function<Object, Object>) site.getTarget().invoke();
            return f::apply;
        } catch (Throwable t) {
            return null;
        }
    }

    /** True when code in {@code from} resolves {@code type}'s name to {@code type} itself. */
    private static boolean visibleFrom(Class<?> from, Class<?> type) {
        if (from.getClassLoader() == type.getClassLoader()) {
            return true;
        }
        try {
            return Class.forName(type.getName(), false, from.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean visibleFromHere(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, Lookups.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Class<?> box(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }

    private static MethodHandle unreflect(Method m) {
        try {
            if (!isAccessible(m.getDeclaringClass())) {
                m.setAccessible(true);
            }
            return MethodHandles.lookup().unreflect(m);
        } catch (IllegalAccessException | InaccessibleObjectException | SecurityException e) {
            return null;
        }
    }

    private static MethodHandle unreflectGetter(Field f) {
        try {
            if (!isAccessible(f.getDeclaringClass())) {
                f.setAccessible(true);
            }
            return MethodHandles.lookup().unreflectGetter(f);
        } catch (IllegalAccessException | InaccessibleObjectException | SecurityException e) {
            return null;
        }
    }
}
