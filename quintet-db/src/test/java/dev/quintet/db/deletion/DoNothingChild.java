package dev.quintet.db.deletion;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A test model pointing at {@link Owner} with {@code OnDelete.DO_NOTHING}. */
public class DoNothingChild extends Model {
    public static final Manager<DoNothingChild> objects = Manager.of(DoNothingChild.class, m -> m
            .app("qd")
            .field("name", CharField.maxLength(30))
            .field("owner", ForeignKey.to(Owner.class).onDelete(OnDelete.DO_NOTHING).noDbConstraint().relatedName("ignored")));

    public String name;
    public Ref<Owner> owner;
}
