package dev.quintet.db.relations;

import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.time.Instant;

/** An abstract base model: shared Java fields, and a builder step that declares them. */
public abstract class TimeStamped extends Model {
    public Instant created;
    public Instant modified;

    /** Declares the shared fields in a subclass's metadata. */
    static ModelMeta.Builder timestamps(ModelMeta.Builder m) {
        return m.field("created", DateTimeField.of().autoNowAdd()).field("modified", DateTimeField.of().autoNow());
    }
}
