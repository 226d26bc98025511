package dev.quintet.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quintet.cache.internal.CachedResponse;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.StringWriter;
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

    // built on first use: a site that never caches (or only starts up) does not load Jackson's java.time module
    private volatile ObjectMapper mapper;
    private final Map<String, Class<?>> typesByName;
    private final Map<Class<?>, String> namesByType;

    private CacheSerializer(Builder builder) {
        this.typesByName = Map.copyOf(builder.types);
        Map<Class<?>, String> names = new HashMap<>();
        typesByName.forEach((name, type) -> names.put(type, name));
        this.namesByType = Map.copyOf(names);
    }

    private ObjectMapper mapper() {
        ObjectMapper m = mapper;
        if (m == null) {
            // a race builds two equal mappers, and one is kept: harmless
            m = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            mapper = m;
        }
        return m;
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
        StringWriter out = new StringWriter(64);
        try (JsonGenerator json = mapper().getFactory().createGenerator(out)) {
            write(json, value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getName() + " for the cache", e);
        }
        return out.toString();
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
        try (JsonParser json = mapper().getFactory().createParser(text)) {
            Object value = read(json, json.nextToken());
            if (json.nextToken() != null) {
                throw new IllegalArgumentException("trailing data after the cached value");
            }
            return value;
        } catch (IOException | RuntimeException e) {
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

    private void write(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String s -> json.writeString(s);
            case Boolean b -> json.writeBoolean(b);
            case Long l -> json.writeNumber(l);
            case Integer i -> {
                json.writeStartArray();
                json.writeString("i");
                json.writeNumber(i);
                json.writeEndArray();
            }
            case Short s -> {
                json.writeStartArray();
                json.writeString("s");
                json.writeNumber(s);
                json.writeEndArray();
            }
            case Byte b -> {
                json.writeStartArray();
                json.writeString("y");
                json.writeNumber(b);
                json.writeEndArray();
            }
            case Double d -> tagged(json, "d", Double.toString(d));
            case Float f -> tagged(json, "f", Float.toString(f));
            case Character c -> tagged(json, "c", c.toString());
            case BigInteger b -> tagged(json, "I", b.toString());
            case BigDecimal b -> tagged(json, "D", b.toString());
            case byte[] bytes -> tagged(json, "b", Base64.getEncoder().encodeToString(bytes));
            case UUID u -> tagged(json, "u", u.toString());
            case Instant t -> tagged(json, "Ti", t.toString());
            case LocalDate t -> tagged(json, "Td", t.toString());
            case LocalDateTime t -> tagged(json, "Tdt", t.toString());
            case LocalTime t -> tagged(json, "Tt", t.toString());
            case OffsetDateTime t -> tagged(json, "To", t.toString());
            case ZonedDateTime t -> tagged(json, "Tz", t.toString());
            case Duration t -> tagged(json, "Tp", t.toString());
            case List<?> list -> elements(json, "L", list);
            case Set<?> set -> elements(json, "S", set);
            case Map<?, ?> map -> {
                json.writeStartArray();
                json.writeString("M");
                json.writeStartArray();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(json, entry.getKey());
                    write(json, entry.getValue());
                }
                json.writeEndArray();
                json.writeEndArray();
            }
            case CachedResponse r -> registered(json, CachedResponse.TYPE_NAME, r);
            default -> {
                String name = namesByType.get(value.getClass());
                if (name == null) {
                    throw new IllegalArgumentException("cannot cache a " + value.getClass().getName()
                            + ": register it with CacheSerializer.builder().register(name, type)");
                }
                registered(json, name, value);
            }
        }
    }

    private static void tagged(JsonGenerator json, String tag, String payload) throws IOException {
        json.writeStartArray();
        json.writeString(tag);
        json.writeString(payload);
        json.writeEndArray();
    }

    private void elements(JsonGenerator json, String tag, Iterable<?> items) throws IOException {
        json.writeStartArray();
        json.writeString(tag);
        json.writeStartArray();
        for (Object item : items) {
            write(json, item);
        }
        json.writeEndArray();
        json.writeEndArray();
    }

    private void registered(JsonGenerator json, String name, Object value) throws IOException {
        json.writeStartArray();
        json.writeString("R");
        json.writeString(name);
        mapper().writeValue(json, value);
        json.writeEndArray();
    }

    private Object read(JsonParser json, JsonToken token) throws IOException {
        if (token == null) {
            throw new IllegalArgumentException("empty cached value");
        }
        switch (token) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return json.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
                if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new IllegalArgumentException("cached integer out of range");
                }
                return json.getLongValue();
            case START_ARRAY:
                break;
            default:
                throw new IllegalArgumentException("not a cache envelope: " + token);
        }
        if (json.nextToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("not a cache envelope: no type tag");
        }
        String tag = json.getText();
        JsonToken payload = json.nextToken();
        Object value = switch (tag) {
            case "i" -> number(json, payload).intValueExact();
            case "s" -> number(json, payload).shortValueExact();
            case "y" -> number(json, payload).byteValueExact();
            case "d" -> Double.parseDouble(text(json, payload));
            case "f" -> Float.parseFloat(text(json, payload));
            case "c" -> text(json, payload).charAt(0);
            case "I" -> new BigInteger(text(json, payload));
            case "D" -> new BigDecimal(text(json, payload));
            case "b" -> Base64.getDecoder().decode(text(json, payload));
            case "u" -> UUID.fromString(text(json, payload));
            case "Ti" -> Instant.parse(text(json, payload));
            case "Td" -> LocalDate.parse(text(json, payload));
            case "Tdt" -> LocalDateTime.parse(text(json, payload));
            case "Tt" -> LocalTime.parse(text(json, payload));
            case "To" -> OffsetDateTime.parse(text(json, payload));
            case "Tz" -> ZonedDateTime.parse(text(json, payload));
            case "Tp" -> Duration.parse(text(json, payload));
            case "L" -> {
                List<Object> list = new ArrayList<>();
                readElements(json, payload, list::add);
                yield list;
            }
            case "S" -> {
                Set<Object> set = new LinkedHashSet<>();
                readElements(json, payload, set::add);
                yield set;
            }
            case "M" -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                expect(payload, JsonToken.START_ARRAY);
                for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                    Object key = read(json, t);
                    map.put(key, read(json, json.nextToken()));
                }
                yield map;
            }
            case "R" -> {
                String name = text(json, payload);
                Class<?> type = CachedResponse.TYPE_NAME.equals(name) ? CachedResponse.class : typesByName.get(name);
                if (type == null) {
                    throw new IllegalArgumentException("cached value of unregistered type '" + name + "'");
                }
                json.nextToken();
                yield mapper().readValue(json, type);
            }
            default -> throw new IllegalArgumentException("unknown cache type tag '" + tag + "'");
        };
        if (json.nextToken() != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("not a cache envelope: more than a payload");
        }
        return value;
    }

    /** Anything that consumes one decoded element. */
    private interface Sink {
        void accept(Object value);
    }

    private void readElements(JsonParser json, JsonToken start, Sink sink) throws IOException {
        expect(start, JsonToken.START_ARRAY);
        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
            sink.accept(read(json, t));
        }
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalArgumentException("malformed cached value: " + token + " where " + expected + " belongs");
        }
    }

    private static String text(JsonParser json, JsonToken token) throws IOException {
        expect(token, JsonToken.VALUE_STRING);
        return json.getText();
    }

    private static BigDecimal number(JsonParser json, JsonToken token) throws IOException {
        expect(token, JsonToken.VALUE_NUMBER_INT);
        return json.getDecimalValue();
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
