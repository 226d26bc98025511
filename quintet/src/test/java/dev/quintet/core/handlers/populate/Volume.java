package dev.quintet.core.handlers.populate;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;

/** A model pointing at {@link Shelf} ({@code shelf.volumes}); only {@code SiteContextTest} names it. */
public class Volume extends Model {
    public static final Manager<Volume> objects = Manager.of(Volume.class, m -> m
            .app("library")
            .field("title", CharField.maxLength(30))
            .field("shelf", ForeignKey.to(Shelf.class).onDelete(OnDelete.CASCADE).relatedName("volumes")));

    public String title;
    public Ref<Shelf> shelf;
}
