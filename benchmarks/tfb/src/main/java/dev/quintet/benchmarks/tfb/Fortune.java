package dev.quintet.benchmarks.tfb;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/** A row of TechEmpower's {@code fortune} table ({@code id integer primary key, message varchar(2048)}). */
public final class Fortune extends Model {
    /** The manager: {@code Fortune.objects.all()}. */
    public static final Manager<Fortune> objects = Manager.of(Fortune.class, m -> m
            .app("tfb")
            .dbTable("fortune")
            .field("id", IntegerField.of().primaryKey())
            .field("message", CharField.maxLength(2048)));

    /** The fortune's text (rendered escaped). */
    public String message;

    /** An empty instance (the ORM fills it). */
    public Fortune() {
    }

    /** An unsaved fortune, such as the one each request adds. */
    public Fortune(long id, String message) {
        this.id = id;
        this.message = message;
    }
}
