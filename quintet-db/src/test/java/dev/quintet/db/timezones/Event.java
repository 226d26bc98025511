package dev.quintet.db.timezones;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

import java.time.Instant;
import java.time.LocalDateTime;

/** A test model for time zones: an aware field, a {@code LocalDateTime} Java field, and auto-now stamps. */
public class Event extends Model {
    public static final Manager<Event> objects = Manager.of(Event.class, m -> m
            .app("qtz")
            .field("name", CharField.maxLength(50))
            .field("at", DateTimeField.of().nullable())
            .field("wall", DateTimeField.of().nullable())
            .field("created", DateTimeField.of().autoNowAdd())
            .field("modified", DateTimeField.of().autoNow()));

    public String name;
    public Instant at;
    public LocalDateTime wall;
    public Instant created;
    public Instant modified;
}
