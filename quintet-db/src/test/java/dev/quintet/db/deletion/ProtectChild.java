package dev.quintet.db.deletion;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model pointing at {@link Owner} with {@code OnDelete.PROTECT}. */
public class ProtectChild extends Model {
    public static final Manager<ProtectChild> objects = Manager.of(ProtectChild.class, m -> m
            .app("qd")
            .field("name", CharField.maxLength(30))
            .field("owner", ForeignKey.to(Owner.class).onDelete(OnDelete.PROTECT).relatedName("protects")));

    public String name;
    public Ref<Owner> owner;
}
