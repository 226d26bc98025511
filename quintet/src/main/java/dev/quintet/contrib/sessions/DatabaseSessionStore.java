package dev.quintet.contrib.sessions;

import dev.quintet.conf.Settings;
import dev.quintet.db.IntegrityError;
import dev.quintet.db.Transaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions in the {@code django_session} table: Django's {@code backends.db}. */
public class DatabaseSessionStore extends SessionStore {

    /** A store for {@code sessionKey} (null: a new session). */
    public DatabaseSessionStore(String sessionKey, Settings settings) {
        super(sessionKey, settings);
    }

    /** The row of this session if it exists and has not expired. */
    protected Optional<Session> fetch() {
        return Session.objects.filter("sessionKey", sessionKey(), "expireDate__gt", Instant.now()).first();
    }

    @Override
    protected Map<String, Object> load() {
        Optional<Session> row = fetch();
        if (row.isEmpty()) {
            setSessionKey(null);
            return new LinkedHashMap<>();
        }
        return decode(row.get().sessionData);
    }

    @Override
    public boolean exists(String key) {
        return Session.objects.filter("sessionKey", key).exists();
    }

    @Override
    public void create() {
        while (true) {
            setSessionKey(newSessionKey());
            try {
                save(true);
            } catch (CreateError e) {
                continue;   // the key was taken meanwhile
            }
            setModified(true);
            return;
        }
    }

    @Override
    public void save(boolean mustCreate) {
        if (sessionKey() == null) {
            create();
            return;
        }
        Map<String, Object> data = data(mustCreate);
        Session row = new Session();
        row.sessionKey = sessionKey();
        row.sessionData = encode(data);
        row.expireDate = expiryDate();
        if (mustCreate) {
            try {
                Transaction.atomic(row::insert);
            } catch (IntegrityError e) {
                throw new CreateError("session key taken: " + e.getMessage());
            }
        } else {
            int updated = Session.objects.filter("sessionKey", row.sessionKey)
                    .update("sessionData", row.sessionData, "expireDate", row.expireDate);
            if (updated == 0) {
                throw new UpdateError("Session " + row.sessionKey + " was deleted");
            }
        }
    }

    @Override
    public void delete(String key) {
        String target = key != null ? key : sessionKey();
        if (target != null) {
            Session.objects.filter("sessionKey", target).delete();
        }
    }

    /** Deletes every expired row. */
    public static void clearExpired() {
        Session.objects.filter("expireDate__lt", Instant.now()).delete();
    }
}
