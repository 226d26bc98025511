package dev.quintet.views.blog;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.RelatedManager;
import dev.quintet.db.models.SlugField;
import java.time.Instant;
import java.time.LocalDate;

/** A test model: a blog post with an author and tags. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class, m -> m
            .app("blog")
            .field("title", CharField.maxLength(200))
            .field("slug", SlugField.of().unique())
            .field("author", ForeignKey.to(Author.class).onDelete(OnDelete.CASCADE).relatedName("posts"))
            .field("tags", ManyToManyField.to(Tag.class).relatedName("posts"))
            .field("pubDate", DateField.of())
            .field("createdAt", DateTimeField.of())
            .ordering("id"));

    public String title;
    public String slug;
    public Ref<Author> author;
    public LocalDate pubDate;
    public Instant createdAt;

    /** The post's tags. */
    public RelatedManager<Tag> tags() {
        return related("tags");
    }

    /** Django's {@code get_absolute_url}. */
    public String getAbsoluteUrl() {
        return "/posts/" + id + "/";
    }
}
