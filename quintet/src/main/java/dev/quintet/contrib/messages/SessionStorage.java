package dev.quintet.contrib.messages;

import dev.quintet.contrib.sessions.SessionStore;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.util.List;

/** Messages in the session under {@code _messages} (Django's {@code SessionStorage}, same JSON). */
public class SessionStorage extends MessageStorage {
    /** The session key. */
    public static final String SESSION_KEY = "_messages";

    /** For {@code request}; needs {@code SessionMiddleware}. */
    public SessionStorage(HttpRequest request, int level) {
        super(request, level);
        SessionStore.of(request);
    }

    @Override
    protected List<Message> load() {
        Object data = SessionStore.of(request).get(SESSION_KEY);
        return data instanceof String s ? MessageCodec.deserialize(s) : List.of();
    }

    @Override
    protected List<Message> store(List<Message> messages, HttpResponse response) {
        SessionStore session = SessionStore.of(request);
        if (!messages.isEmpty()) {
            session.set(SESSION_KEY, MessageCodec.serialize(messages));
        } else if (session.containsKey(SESSION_KEY)) {
            session.pop(SESSION_KEY, null);
        }
        return List.of();
    }
}
