package dev.quintet.contrib.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code MessageEncoder}/{@code MessageDecoder}: a message is
 * {@code ["__json_message", 0, 25, "Saved.", "extra"]} (the 0 says "not safe HTML").
 */
final class MessageCodec {
    static final String MESSAGE_KEY = "__json_message";
    static final String NOT_FINISHED = "__messagesnotfinished__";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PYTHON_JSON = dev.quintet.http.internal.DjangoJson.newMapper();

    private MessageCodec() {
    }

    /** The JSON-ready form of messages (strings pass through, for the not-finished marker). */
    static List<Object> toJson(List<?> messages) {
        List<Object> out = new ArrayList<>(messages.size());
        for (Object o : messages) {
            if (o instanceof Message m) {
                List<Object> encoded = new ArrayList<>(List.of(MESSAGE_KEY, 0, m.level(), m.message()));
                if (m.extraTags() != null) {
                    encoded.add(m.extraTags());
                }
                out.add(encoded);
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /** Messages (and marker strings) from their JSON form; null when it is not a list. */
    static List<Object> fromJson(Object json) {
        if (!(json instanceof List<?> list)) {
            return null;
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (o instanceof List<?> l && l.size() >= 4 && MESSAGE_KEY.equals(l.get(0))) {
                String extra = l.size() > 4 && l.get(4) != null ? String.valueOf(l.get(4)) : "";
                out.add(new Message(((Number) l.get(2)).intValue(), String.valueOf(l.get(3)), extra));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /** JSON text as Django's {@code serialize_messages} writes it ({@code ", "} separators). */
    static String serialize(List<Message> messages) {
        try {
            return PYTHON_JSON.writeValueAsString(toJson(messages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages in {@link #serialize}'s text; empty when unreadable. */
    static List<Message> deserialize(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            List<Object> items = fromJson(JSON.readValue(text, Object.class));
            return items == null ? List.of() : items.stream().filter(Message.class::isInstance).map(Message.class::cast).toList();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
