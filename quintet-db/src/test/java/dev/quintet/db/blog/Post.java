package dev.quintet.db.blog;

import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.DecimalField;
import dev.quintet.db.models.FloatField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.RelatedManager;
import dev.quintet.db.models.SlugField;
import dev.quintet.db.models.TextField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A test model: a blog post. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class, m -> m
            .app("qt")
            .field("title", CharField.maxLength(200))
            .field("body", TextField.of().blank())
            .field("slug", SlugField.of().unique())
            .field("author", ForeignKey.to(Author.class).onDelete(OnDelete.CASCADE).relatedName("posts"))
            .field("views", IntegerField.of().withDefault(0))
            .field("rating", FloatField.of().nullable())
            .field("price", DecimalField.of(6, 2).nullable())
            .field("published", BooleanField.of().withDefault(false))
            .field("createdAt", DateTimeField.of())
            .field("pubDate", DateField.of().nullable())
            .field("tags", ManyToManyField.to(Tag.class).relatedName("posts"))
            .getLatestBy("createdAt"));

    public String title;
    public String body;
    public String slug;
    public Ref<Author> author;
    public Integer views;
    public Double rating;
    public BigDecimal price;
    public Boolean published;
    public Instant createdAt;
    public LocalDate pubDate;

    /** The post's tags. */
    public RelatedManager<Tag> tags() {
        return related("tags");
    }

    /** The post's comments. */
    public RelatedManager<Comment> comments() {
        return related("comments");
    }
}
