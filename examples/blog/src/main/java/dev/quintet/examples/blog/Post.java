package dev.quintet.examples.blog;

import dev.quintet.contrib.auth.User;
import dev.quintet.db.models.BooleanField;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.RelatedManager;
import dev.quintet.db.models.SlugField;
import dev.quintet.db.models.TextField;
import java.time.Instant;

/**
 * A blog post, as in the seed. The featured image is a {@code CharField} holding the image's file
 * name or URL (Quintet's ORM has no model {@code ImageField}); likes are a many-to-many to the auth
 * {@link User} whose reverse name is {@code liked_posts}.
 */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class, m -> m
            .app("blog")
            .field("title", CharField.maxLength(200))
            .field("slug", SlugField.of().unique())
            .field("author", ForeignKey.to(User.class).onDelete(OnDelete.CASCADE).relatedName("posts"))
            .field("category", ForeignKey.to(Category.class).onDelete(OnDelete.PROTECT).relatedName("posts"))
            .field("tags", ManyToManyField.to(Tag.class).blank().relatedName("posts"))
            .field("content", TextField.of())
            .field("published", BooleanField.of().withDefault(true))
            .field("featuredImage", CharField.maxLength(255).blank().withDefault("").verboseName("featured image"))
            .field("createdAt", DateTimeField.of().autoNowAdd())
            .field("updatedAt", DateTimeField.of().autoNow())
            .field("likes", ManyToManyField.to(User.class).blank().relatedName("liked_posts"))
            .ordering("-createdAt"));

    public String title;
    public String slug;
    public Ref<User> author;
    public Ref<Category> category;
    public String content;
    public Boolean published;
    public String featuredImage;
    public Instant createdAt;
    public Instant updatedAt;
    /** The number of comments, where a list annotates it ({@code Count("comments")}). */
    public Long commentCount;
    /** The number of likes, where a list annotates it. */
    public Long likeCount;

    /** The post's tags ({@code {% for tag in post.tags.all %}}). */
    public RelatedManager<Tag> tags() {
        return related("tags");
    }

    /** The users who like the post. */
    public RelatedManager<User> likes() {
        return related("likes");
    }

    /** The detail page, where {@code CreateView}/{@code UpdateView} redirect. */
    public String getAbsoluteUrl() {
        return "/blog/posts/" + id + "/";
    }

    @Override
    public String toString() {
        return title;
    }
}
