package dev.quintet.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.http.internal.DjangoJson;
import java.util.Map;

/**
 * A response of {@code application/json} content (Django's {@code JsonResponse}), written by
 * Jackson the way Django's {@code DjangoJSONEncoder} writes: {@code {"a": 1, "b": "\u00e9"}},
 * {@code java.time} values in ISO 8601 (milliseconds, {@code Z} for UTC), {@code BigDecimal} and
 * {@code UUID} as strings, {@code Duration} as {@code P1DT02H00M00S}.
 *
 * <pre>{@code
 * return new JsonResponse(Map.of("id", post.pk, "published", post.published));
 * return new JsonResponse(List.of(1, 2, 3), false);   // non-object top level: safe=false
 * }</pre>
 *
 * <p>As in Django, only a {@link Map} is accepted at the top level unless {@code safe} is false
 * (a JSON array at the top level was once an attack vector).
 */
public class JsonResponse extends HttpResponse {
    private static final ObjectMapper DJANGO = DjangoJson.newMapper();

    /** A 200 response of {@code data}, which must be a {@link Map}. */
    public JsonResponse(Object data) {
        this(data, true);
    }

    /** A 200 response of {@code data}; any value when {@code safe} is false. */
    public JsonResponse(Object data, boolean safe) {
        this(data, safe, DJANGO);
    }

    /** A 200 response of {@code data} written by {@code mapper}. */
    public JsonResponse(Object data, boolean safe, ObjectMapper mapper) {
        super(encode(data, safe, mapper), "application/json", 200);
    }

    /** A mapper configured as Django's encoder, to customise and pass to the constructor. */
    public static ObjectMapper djangoMapper() {
        return DjangoJson.newMapper();
    }

    private static byte[] encode(Object data, boolean safe, ObjectMapper mapper) {
        if (safe && !(data instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(
                    "In order to allow non-dict objects to be serialized set the safe parameter to False.");
        }
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
