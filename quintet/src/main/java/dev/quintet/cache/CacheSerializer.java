package dev.quintet.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quintet.cache.internal.CachedResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Encodes cached values as text, safely: a closed set of types, never Java serialisation.
 *
 * <p>How it works: a value becomes JSON where strings, booleans, {@code null} and {@code Long}s are
 * themselves and every other value is a two-element array {@code [tag, payload]} naming its type:
 * {@code ["i",5]} is an {@code Integer}, {@code ["L",[...]]} a list, {@code ["M",[k,v,...]]} a
 * map. A {@code Long} is written as bare decimal digits ({@code 42}) so that Redis can increment
 * it in place. Decoding builds only those types: bytes from a shared store cannot make the
 * application instantiate an arbitrary class.
 *
 * <p>Supported: {@code null}, {@code String}, {@code Boolean}, {@code Character}, {@code Byte},
 * {@code Short}, {@code Integer}, {@code Long}, {@code Float}, {@code Double},
 * {@code BigInteger}, {@code BigDecimal}, {@code byte[]}, {@code UUID}, {@code Instant},
 * {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}, {@code OffsetDateTime},
 * {@code ZonedDateTime}, {@code Duration}, lists (read back as {@code ArrayList}), sets
 * ({@code LinkedHashSet}), maps with any supported keys ({@code LinkedHashMap}), and records or
 * beans registered by name (bound by Jackson from their declared property types):
 *
 * <pre>{@code
 * CacheSerializer serializer = CacheSerializer.builder()
 *     .register("blog.PostSummary", PostSummary.class)
 *     .build();
 * CacheConfig config = CacheConfig.of(LocMemCache::new).withSerializer(serializer);
 * }</pre>
 *
 * <p>Any other type is refused with an {@link IllegalArgumentException} when it is stored.
 */
public final class CacheSerializer {
    private static final CacheSerializer STANDARD = builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Map<String, Class<?>> typesByName;
    private final Map<Class<?>, String> namesByType;

    private CacheSerializer(Builder builder) {
        this.typesByName = Map.copyOf(builder.types);
        Map<Class<?>, String> names = new HashMap<>();
        typesByName.forEach((name, type) -> names.put(type, name));
        this.namesByType = Map.copyOf(names);
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The serializer with only the built-in types. */
    public static CacheSerializer standard() {
        return STANDARD;
    }

    /** Starts a serializer that also knows application types. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The text for {@code value}.
     *
     * @throws IllegalArgumentException for a type outside the supported set
     */
    public String encode(Object value) {
        if (value instanceof Long l) {
            return Long.toString(l);
        }
        try {
            return mapper.writeValueAsString(toNode(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getName() + " for the cache", e);
        }
    }

    /** {@link #encode} as UTF-8 bytes. */
    public byte[] encodeBytes(Object value) {
        return encode(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The value {@code text} encodes.
     *
     * @throws IllegalArgumentException for text this serializer did not produce
     */
    public Object decode(String text) {
        if (!text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '-')) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("malformed cached integer", e);
            }
        }
        try {
            return fromNode(mapper.readTree(text));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("malformed cached value: " + e.getMessage(), e);
        }
    }

    /** {@link #decode} from UTF-8 bytes. */
    public Object decodeBytes(byte[] bytes) {
        return decode(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * True for values that cannot change once built (strings, numbers, {@code java.time}
     * values…), which an in-memory cache may keep as they are instead of copying.
     */
    public static boolean isImmutable(Object value) {
        return switch (value) {
            case null -> true;
            case String _, Boolean _, Character _, Byte _, Short _, Integer _, Long _, Float _, Double _,
                 BigInteger _, BigDecimal _, UUID _, Instant _, LocalDate _, LocalDateTime _, LocalTime _,
                 OffsetDateTime _, ZonedDateTime _, Duration _ -> true;
            default -> false;
        };
    }

    private JsonNode toNode(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.textNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Integer i -> tagged("i", NODES.numberNode(i));
            case Long l -> NODES.numberNode(l);
            case Short s -> tagged("s", NODES.numberNode(s));
            case Byte b -> tagged("y", NODES.numberNode(b));
            case Double d -> tagged("d", NODES.textNode(Double.toString(d)));
            case Float f -> tagged("f", NODES.textNode(Float.toString(f)));
            case Character c -> tagged("c", NODES.textNode(c.toString()));
            case BigInteger b -> tagged("I", NODES.textNode(b.toString()));
            case BigDecimal b -> tagged("D", NODES.textNode(b.toString()));
            case byte[] bytes -> tagged("b", NODES.textNode(Base64.getEncoder().encodeToString(bytes)));
            case UUID u -> tagged("u", NODES.textNode(u.toString()));
            case Instant t -> tagged("Ti", NODES.textNode(t.toString()));
            case LocalDate t -> tagged("Td", NODES.textNode(t.toString()));
            case LocalDateTime t -> tagged("Tdt", NODES.textNode(t.toString()));
            case LocalTime t -> tagged("Tt", NODES.textNode(t.toString()));
            case OffsetDateTime t -> tagged("To", NODES.textNode(t.toString()));
            case ZonedDateTime t -> tagged("Tz", NODES.textNode(t.toString()));
            case Duration t -> tagged("Tp", NODES.textNode(t.toString()));
            case List<?> list -> tagged("L", elements(list));
            case Set<?> set -> tagged("S", elements(set));
            case Map<?, ?> map -> {
                ArrayNode flat = NODES.arrayNode(map.size() * 2);
                map.forEach((k, v) -> flat.add(toNode(k)).add(toNode(v)));
                yield tagged("M", flat);
            }
            case CachedResponse r -> registered(CachedResponse.TYPE_NAME, r);
            default -> {
                String name = namesByType.get(value.getClass());
                if (name == null) {
                    throw new IllegalArgumentException("cannot cache a " + value.getClass().getName()
                            + ": register it with CacheSerializer.builder().register(name, type)");
                }
                yield registered(name, value);
            }
        };
    }

    private ArrayNode elements(Collection<?> items) {
        ArrayNode array = NODES.arrayNode(items.size());
        for (Object item : items) {
            array.add(toNode(item));
        }
        return array;
    }

    private JsonNode registered(String name, Object value) {
        return NODES.arrayNode(3).add("R").add(name).add(mapper.valueToTree(value));
    }

    private static ArrayNode tagged(String tag, JsonNode payload) {
        return NODES.arrayNode(2).add(tag).add(payload);
    }

    private Object fromNode(JsonNode node) throws JsonProcessingException {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (!node.isArray() || node.size() < 2 || !node.get(0).isTextual()) {
            throw new IllegalArgumentException("not a cache envelope: " + node.getNodeType());
        }
        String tag = node.get(0).textValue();
        JsonNode payload = node.get(1);
        return switch (tag) {
            case "i" -> payload.intValue();
            case "s" -> payload.shortValue();
            case "y" -> (byte) payload.intValue();
            case "d" -> Double.parseDouble(payload.textValue());
            case "f" -> Float.parseFloat(payload.textValue());
            case "c" -> payload.textValue().charAt(0);
            case "I" -> new BigInteger(payload.textValue());
            case "D" -> new BigDecimal(payload.textValue());
            case "b" -> Base64.getDecoder().decode(payload.textValue());
            case "u" -> UUID.fromString(payload.textValue());
            case "Ti" -> Instant.parse(payload.textValue());
            case "Td" -> LocalDate.parse(payload.textValue());
            case "Tdt" -> LocalDateTime.parse(payload.textValue());
            case "Tt" -> LocalTime.parse(payload.textValue());
            case "To" -> OffsetDateTime.parse(payload.textValue());
            case "Tz" -> ZonedDateTime.parse(payload.textValue());
            case "Tp" -> Duration.parse(payload.textValue());
            case "L" -> {
                List<Object> list = new ArrayList<>(payload.size());
                for (JsonNode item : payload) {
                    list.add(fromNode(item));
                }
                yield list;
            }
            case "S" -> {
                Set<Object> set = new LinkedHashSet<>();
                for (JsonNode item : payload) {
                    set.add(fromNode(item));
                }
                yield set;
            }
            case "M" -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i + 1 < payload.size(); i += 2) {
                    map.put(fromNode(payload.get(i)), fromNode(payload.get(i + 1)));
                }
                yield map;
            }
            case "R" -> {
                String name = payload.textValue();
                Class<?> type = CachedResponse.TYPE_NAME.equals(name) ? CachedResponse.class : typesByName.get(name);
                if (type == null || node.size() < 3) {
                    throw new IllegalArgumentException("cached value of unregistered type '" + name + "'");
                }
                yield mapper.treeToValue(node.get(2), type);
            }
            default -> throw new IllegalArgumentException("unknown cache type tag '" + tag + "'");
        };
    }

    /** Collects the application types a serializer may store, each under a stable name. */
    public static final class Builder {
        private final Map<String, Class<?>> types = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Lets values of exactly {@code type} be cached under {@code name}, which is what is
         * stored: keep it stable across releases (renaming the class is then harmless).
         */
        public Builder register(String name, Class<?> type) {
            if (name.equals(CachedResponse.TYPE_NAME) || types.containsKey(name)) {
                throw new IllegalArgumentException("cache type name '" + name + "' is already registered");
            }
            types.put(name, type);
            return this;
        }

        public CacheSerializer build() {
            return new CacheSerializer(this);
        }
    }
}
