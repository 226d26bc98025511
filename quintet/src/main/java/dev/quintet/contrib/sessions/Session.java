package dev.quintet.contrib.sessions;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.TextField;
import java.time.Instant;

/**
 * A stored session: Django's {@code django.contrib.sessions.models.Session}, the table
 * {@code django_session} with the same columns ({@code session_key}, {@code session_data},
 * {@code expire_date}), so a Django site's sessions can be read here and the reverse.
 */
public class Session extends Model {
    /** The manager. */
    public static final Manager<Session> objects = Manager.of(Session.class, m -> m
            .app("sessions")
            .dbTable("django_session")
            .field("sessionKey", CharField.maxLength(40).primaryKey().verboseName("session key"))
            .field("sessionData", TextField.of().verboseName("session data"))
            .field("expireDate", DateTimeField.of().dbIndex().verboseName("expire date"))
            .verboseName("session")
            .verboseNamePlural("sessions"));

    /** The key, also the cookie's value. */
    public String sessionKey;
    /** The encoded data ({@link SessionStore#encode}). */
    public String sessionData;
    /** When it expires. */
    public Instant expireDate;
}
