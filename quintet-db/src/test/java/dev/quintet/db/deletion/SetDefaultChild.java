package dev.quintet.db.deletion;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model pointing at {@link Owner} with {@code OnDelete.SET_DEFAULT}. */
public class SetDefaultChild extends Model {
    public static final Manager<SetDefaultChild> objects = Manager.of(SetDefaultChild.class, m -> m
            .app("qd")
            .field("name", CharField.maxLength(30))
            .field("owner", ForeignKey.to(Owner.class).onDelete(OnDelete.SET_DEFAULT).nullable().withDefault(() -> Owner.objects.get("name", "fallback").pk()).relatedName("defaulted")));

    public String name;
    public Ref<Owner> owner;
}
