package dev.quintet.http.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.quintet.template.internal.Py;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

/**
 * An {@link ObjectMapper} writing what Django's {@code json.dumps(..., cls=DjangoJSONEncoder)}
 * writes: {@code ", "} and {@code ": "} separators, non-ASCII escaped as {@code \u00e9}, and
 * dates, times, durations, decimals and UUIDs as {@code DjangoJSONEncoder} formats them (ISO 8601,
 * fractions of a second truncated to milliseconds, {@code Z} for UTC).
 */
public final class DjangoJson {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter TIME_MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private DjangoJson() {
    }

    /** A new mapper configured as Django's encoder. */
    public static ObjectMapper newMapper() {
        SimpleModule module = new SimpleModule("DjangoJSONEncoder");
        add(module, LocalDateTime.class, DjangoJson::dateTime);
        add(module, OffsetDateTime.class, DjangoJson::offsetDateTime);
        add(module, ZonedDateTime.class, z -> offsetDateTime(z.toOffsetDateTime()));
        add(module, Instant.class, i -> offsetDateTime(i.atOffset(ZoneOffset.UTC)));
        add(module, LocalDate.class, LocalDate::toString);
        add(module, LocalTime.class, DjangoJson::time);
        add(module, OffsetTime.class, t -> {
            throw new IllegalArgumentException("JSON can't represent timezone-aware times.");
        });
        add(module, Duration.class, DjangoJson::duration);
        add(module, BigDecimal.class, BigDecimal::toString);
        add(module, UUID.class, UUID::toString);
        JsonSerializer<Double> doubles = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(pythonFloat(value));
            }
        };
        JsonSerializer<Float> floats = new JsonSerializer<>() {
            @Override
            public void serialize(Float value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                // A float's own shortest digits (0.1f is 0.1), as Python holds only doubles.
                gen.writeNumber(pythonFloat(Double.parseDouble(Float.toString(value))));
            }
        };
        module.addSerializer(Double.class, doubles);
        module.addSerializer(double.class, doubles);
        module.addSerializer(Float.class, floats);
        module.addSerializer(float.class, floats);
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(module);
        mapper.getFactory().setCharacterEscapes(new PythonEscapes());
        mapper.setDefaultPrettyPrinter(new PythonSeparators());
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        return mapper;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Function<T, String> format) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
    }

    /** Python's {@code float.__repr__}, and {@code NaN}/{@code Infinity} as {@code json.dumps} writes them. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Py.floatRepr(d);
    }

    private static String dateTime(LocalDateTime t) {
        return (t.getNano() >= 1000 ? MILLIS : SECONDS).format(t);
    }

    private static String offsetDateTime(OffsetDateTime t) {
        String offset = t.getOffset().equals(ZoneOffset.UTC) ? "Z" : t.getOffset().getId();
        return dateTime(t.toLocalDateTime()) + offset;
    }

    private static String time(LocalTime t) {
        return (t.getNano() >= 1000 ? TIME_MILLIS : TIME_SECONDS).format(t);
    }

    /** Django's {@code duration_iso_string}: {@code P1DT02H03M04.500000S}, {@code -} first when negative. */
    static String duration(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        Duration a = d.abs().truncatedTo(ChronoUnit.MICROS);
        long days = a.toDays();
        long micros = a.toNanosPart() / 1000;
        String fraction = micros == 0 ? "" : String.format(".%06d", micros);
        return String.format("%sP%dDT%02dH%02dM%02d%sS", sign, days, a.toHoursPart(), a.toMinutesPart(),
                a.toSecondsPart(), fraction);
    }

    /** Python's {@code json.dumps} separators without indentation: {@code {"a": 1, "b": [1, 2]}}. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    /** Python's {@code ensure_ascii}: everything outside printable ASCII as a lower-case {@code \\uXXXX}. */
    private static final class PythonEscapes extends CharacterEscapes {
        @Serial
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        PythonEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x7f) {
                return null;
            }
            return new SerializedString(String.format("\\u%04x", ch));
        }
    }
}
