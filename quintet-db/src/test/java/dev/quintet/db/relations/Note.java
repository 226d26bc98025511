package dev.quintet.db.relations;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;

/** A concrete model inheriting fields from {@link TimeStamped}. */
public class Note extends TimeStamped {
    public static final Manager<Note> objects = Manager.of(Note.class, m -> timestamps(m.app("qr"))
            .field("text", CharField.maxLength(50)));

    public String text;
}
