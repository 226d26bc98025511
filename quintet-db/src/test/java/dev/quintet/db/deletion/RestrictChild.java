package dev.quintet.db.deletion;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model pointing at {@link Owner} with {@code OnDelete.RESTRICT}. */
public class RestrictChild extends Model {
    public static final Manager<RestrictChild> objects = Manager.of(RestrictChild.class, m -> m
            .app("qd")
            .field("name", CharField.maxLength(30))
            .field("owner", ForeignKey.to(Owner.class).onDelete(OnDelete.RESTRICT).relatedName("restricts"))
            .field("via", ForeignKey.to(CascadeChild.class).nullable().relatedName("restricted")));

    public String name;
    public Ref<Owner> owner;
    public Ref<CascadeChild> via;
}
