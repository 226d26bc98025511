package dev.quintet.template.support;

import dev.quintet.template.SafeString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns test-case JSON into Java values. Special objects: {"$safe": s}, {"$tuple": [...]},
 * {"$set": [...]}, {"$date": "2008-01-02"}, {"$datetime": "2008-01-02T10:30:00"},
 * {"$zoned": "2008-01-02T10:30:00Z[UTC]"}, {"$decimal": "1.50"}, {"$fixture": "name"},
 * {"$template": "name"}, {"$call": value} (a Supplier giving value).
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** A record: attributes are its components. */
    public record Person(String name, int age, String gender) {
        public String greeting() {
            return "Hello " + name;
        }
    }

    /** A JavaBean: attributes through getters. */
    public static final class Bean {
        private final String title;
        private final boolean active;

        public Bean(String title, boolean active) {
            this.title = title;
            this.active = active;
        }

        public String getTitle() {
            return title;
        }

        public boolean isActive() {
            return active;
        }

        public String shout(String suffix) {
            return title.toUpperCase() + suffix;
        }

        public List<String> tags() {
            return List.of("a", "b");
        }
    }

    /** Public fields. */
    public static final class Point {
        public final int x;
        public final int y;
        public Point next;

        public Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        public int sum() {
            return x + y;
        }
    }

    /** A method that throws. */
    public static final class Broken {
        public String getValue() {
            throw new IllegalStateException("broken getter");
        }
    }

    private static final Map<String, Supplier<Object>> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("alice", () -> new Person("Alice", 30, "F"));
        NAMED.put("bob", () -> new Person("Bob", 25, "M"));
        NAMED.put("people", () -> List.of(new Person("Alice", 30, "F"), new Person("Carol", 41, "F"),
                new Person("Bob", 25, "M"), new Person("Dan", 25, "M"), new Person("Eve", 22, "F")));
        NAMED.put("bean", () -> new Bean("<b>Bean</b>", true));
        NAMED.put("inactive", () -> new Bean("off", false));
        NAMED.put("point", () -> {
            Point p = new Point(1, 2);
            p.next = new Point(3, 4);
            return p;
        });
        NAMED.put("broken", Broken::new);
        NAMED.put("intarray", () -> new int[] {10, 20, 30});
        NAMED.put("strarray", () -> new String[] {"x", "y"});
        NAMED.put("treemap", () -> new java.util.TreeMap<>(Map.of(1, "one", 2, "two")));
        NAMED.put("supplier", () -> (Supplier<String>) () -> "supplied");
        NAMED.put("entry", () -> Map.entry("k", "v"));
        NAMED.put("nullmap", () -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", null);
            return m;
        });
        NAMED.put("iterator", () -> List.of(1, 2, 3).iterator());
        NAMED.put("stream", () -> java.util.stream.Stream.of("s1", "s2"));
        NAMED.put("emptyset", Collections::emptySet);
        NAMED.put("optional", () -> java.util.Optional.of("present"));
    }

    /** Converts a parsed JSON value. */
    @SuppressWarnings("unchecked")
    public static Object convert(Object json, Function<String, Object> templates) {
        if (json instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                String key = (String) m.keySet().iterator().next();
                Object v = m.values().iterator().next();
                switch (key) {
                    case "$safe" -> {
                        return SafeString.of((String) v);
                    }
                    case "$tuple" -> {
                        return Collections.unmodifiableList(new ArrayList<>((List<Object>) convert(v, templates)));
                    }
                    case "$set" -> {
                        return new LinkedHashSet<>((List<Object>) convert(v, templates));
                    }
                    case "$date" -> {
                        return LocalDate.parse((String) v);
                    }
                    case "$datetime" -> {
                        return LocalDateTime.parse((String) v);
                    }
                    case "$zoned" -> {
                        return ZonedDateTime.parse((String) v);
                    }
                    case "$decimal" -> {
                        return new BigDecimal((String) v);
                    }
                    case "$fixture" -> {
                        Supplier<Object> s = NAMED.get((String) v);
                        if (s == null) {
                            throw new IllegalArgumentException("no fixture " + v);
                        }
                        return s.get();
                    }
                    case "$template" -> {
                        return templates.apply((String) v);
                    }
                    case "$call" -> {
                        Object value = convert(v, templates);
                        return (Supplier<Object>) () -> value;
                    }
                    case "$array" -> {
                        return ((List<Object>) convert(v, templates)).toArray();
                    }
                    default -> {
                    }
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put((String) e.getKey(), convert(e.getValue(), templates));
            }
            return out;
        }
        if (json instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(convert(o, templates));
            }
            return out;
        }
        return json;
    }

    static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }
}
