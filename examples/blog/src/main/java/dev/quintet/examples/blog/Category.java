package dev.quintet.examples.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.SlugField;

/** A post's category: {@code Category(name, slug)} of the seed. */
public class Category extends Model {
    public static final Manager<Category> objects = Manager.of(Category.class, m -> m
            .app("blog")
            .field("name", CharField.maxLength(100))
            .field("slug", SlugField.of().unique())
            .ordering("name")
            .verboseNamePlural("categories"));

    public String name;
    public String slug;

    @Override
    public String toString() {
        return name;
    }
}
