package dev.quintet.contrib.messages;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The cookie first, the session for what does not fit: Django's {@code FallbackStorage}, the
 * default {@code MESSAGE_STORAGE}.
 */
public class FallbackStorage extends MessageStorage {
    private final CookieStorage cookie;
    private final SessionStorage session;
    private boolean sessionUsed;

    /** For {@code request}; needs {@code SessionMiddleware}. */
    public FallbackStorage(HttpRequest request, Settings settings, int level) {
        super(request, level);
        this.cookie = new CookieStorage(request, settings, level);
        this.session = new SessionStorage(request, level);
    }

    @Override
    protected List<Message> load() {
        List<Message> all = new ArrayList<>(cookie.load());
        if (!cookie.allRetrieved) {
            List<Message> more = session.load();
            sessionUsed = !more.isEmpty();
            all.addAll(more);
        }
        return all;
    }

    @Override
    protected List<Message> store(List<Message> messages, HttpResponse response) {
        List<Message> rest = cookie.store(messages, response, false);
        if (!rest.isEmpty()) {
            session.store(rest, response);
        } else if (sessionUsed) {
            session.store(List.of(), response);
        }
        return List.of();
    }
}
