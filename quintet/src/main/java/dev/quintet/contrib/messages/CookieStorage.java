package dev.quintet.contrib.messages;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionSettings;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.signing.BadSignature;
import dev.quintet.signing.Signer;
import dev.quintet.signing.Signing;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages in a signed cookie named {@code messages}: Django's {@code CookieStorage}, same
 * signing (cookie signer, salt {@code django.contrib.messages}), same JSON, compressed. A cookie
 * is kept under 2048 bytes: the messages that do not fit are dropped (or, in the fallback
 * storage, handed to the session), and a marker says more are waiting.
 */
public class CookieStorage extends MessageStorage {
    /** The cookie's name. */
    public static final String COOKIE_NAME = "messages";
    /** The largest cookie written. */
    public static final int MAX_COOKIE_SIZE = 2048;
    private final Settings settings;
    private final Signer signer;
    boolean allRetrieved = true;

    /** For {@code request}. */
    public CookieStorage(HttpRequest request, Settings settings, int level) {
        super(request, level);
        this.settings = settings;
        this.signer = Signing.cookieSigner(settings, "django.contrib.messages");
    }

    @Override
    protected List<Message> load() {
        String data = request.COOKIES().get(COOKIE_NAME);
        if (data == null) {
            return List.of();
        }
        List<Object> items;
        try {
            items = MessageCodec.fromJson(signer.unsignObject(data));
        } catch (BadSignature | ClassCastException e) {
            items = null;
        }
        if (items == null) {
            setUsed(true);   // bad data: drop the cookie
            return List.of();
        }
        allRetrieved = items.isEmpty() || !MessageCodec.NOT_FINISHED.equals(items.getLast());
        return items.stream().filter(Message.class::isInstance).map(Message.class::cast).toList();
    }

    @Override
    protected List<Message> store(List<Message> messages, HttpResponse response) {
        return store(messages, response, true);
    }

    /** Stores what fits, removing the oldest (or the newest) first; answers the rest. */
    List<Message> store(List<Message> messages, HttpResponse response, boolean removeOldest) {
        List<Message> keep = new ArrayList<>(messages);
        List<Message> unstored = new ArrayList<>();
        String encoded = keep.isEmpty() ? null : encode(keep, false);
        while (encoded != null && encoded.length() > MAX_COOKIE_SIZE && !keep.isEmpty()) {
            if (removeOldest) {
                unstored.add(keep.removeFirst());
            } else {
                unstored.addFirst(keep.removeLast());
            }
            encoded = encode(keep, true);
        }
        SessionSettings s = settings.sessions();
        if (encoded != null) {
            Cookie cookie = Cookie.of(COOKIE_NAME, encoded);
            if (s.cookieDomain() != null) {
                cookie = cookie.domain(s.cookieDomain());
            }
            if (s.cookieSecure()) {
                cookie = cookie.secure();
            }
            if (s.cookieHttpOnly()) {
                cookie = cookie.httpOnly();
            }
            if (s.cookieSameSite() != null) {
                cookie = cookie.sameSite(s.cookieSameSite());
            }
            response.setCookie(cookie);
        } else if (request.COOKIES().containsKey(COOKIE_NAME)) {
            response.deleteCookie(COOKIE_NAME, "/", s.cookieDomain(), s.cookieSameSite());
        }
        return unstored;
    }

    private String encode(List<Message> messages, boolean notFinished) {
        List<Object> items = MessageCodec.toJson(messages);
        if (notFinished) {
            items.add(MessageCodec.NOT_FINISHED);
        }
        return signer.signObject(items, true);
    }
}
