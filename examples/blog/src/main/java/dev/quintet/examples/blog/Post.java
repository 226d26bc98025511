package dev.quintet.examples.blog;

import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.SlugField;
import dev.quintet.db.models.TextField;
import java.time.Instant;

/** A blog post, as in the seed: title, slug, category, content, published, created/updated. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class, m -> m
            .app("blog")
            .field("title", CharField.maxLength(200))
            .field("slug", SlugField.of().unique())
            .field("category", ForeignKey.to(Category.class).onDelete(OnDelete.PROTECT).relatedName("posts"))
            .field("content", TextField.of())
            .field("published", BooleanField.of().withDefault(true))
            .field("createdAt", DateTimeField.of().autoNowAdd())
            .field("updatedAt", DateTimeField.of().autoNow())
            .ordering("-createdAt"));

    public String title;
    public String slug;
    public Ref<Category> category;
    public String content;
    public Boolean published;
    public Instant createdAt;
    public Instant updatedAt;
}
