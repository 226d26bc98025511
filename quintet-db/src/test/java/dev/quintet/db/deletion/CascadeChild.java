package dev.quintet.db.deletion;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model pointing at {@link Owner} with {@code OnDelete.CASCADE}. */
public class CascadeChild extends Model {
    public static final Manager<CascadeChild> objects = Manager.of(CascadeChild.class, m -> m
            .app("qd")
            .field("name", CharField.maxLength(30))
            .field("owner", ForeignKey.to(Owner.class).onDelete(OnDelete.CASCADE).relatedName("cascades")));

    public String name;
    public Ref<Owner> owner;
}
