package dev.quintet.examples.blog;

import dev.quintet.db.models.Count;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.QuerySet;
import dev.quintet.shortcuts.Shortcuts;
import dev.quintet.views.generic.ListView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The post lists of the seed, one class-based {@link ListView} for three URLs: {@code blog/}
 * ({@code ?q=} searches title and content, {@code ?category=<slug>} filters),
 * {@code blog/category/<str:category>/} and {@code blog/tag/<slug:slug>/} (an unknown category or
 * tag is a 404). Ten posts a page, newest first; authors and categories come in the same query,
 * tags in one more, approved comments and likes counted by annotations: the number of queries does not grow
 * with the number of posts.
 */
public class PostListView extends ListView<Post> {
    /** The category page's category, or the one {@code ?category=} names; null otherwise. */
    private Category category;
    /** The tag page's tag; null otherwise. */
    private Tag tag;
    private String q = "";

    public PostListView() {
        model = Post.class;
        paginateBy = 10;
        templateName = "blog/post_list.html";
    }

    /** The published posts with what the list shows of them, in a fixed number of queries. */
    static QuerySet<Post> listed() {
        return Post.objects.filter("published", true)
                .selectRelated("author", "category")
                .prefetchRelated("tags")
                .annotate(Map.of(
                        "commentCount", Count.of("comments").distinct().filter(Q.of("comments__approved", true)),
                        "likeCount", Count.of("likes").distinct()));
    }

    @Override
    protected QuerySet<Post> getQueryset() {
        QuerySet<Post> posts = listed();
        String categorySlug = kwargs.has("category") ? kwargs.getString("category") : request.GET().get("category", "");
        if (kwargs.has("category")) {
            category = Shortcuts.getObjectOr404(Category.class, "slug", categorySlug);
        } else if (!categorySlug.isBlank()) {
            category = Category.objects.filter("slug", categorySlug).first().orElse(null);
        }
        if (!categorySlug.isBlank()) {
            posts = posts.filter("category__slug", categorySlug);
        }
        if (kwargs.has("slug")) {
            tag = Shortcuts.getObjectOr404(Tag.class, "slug", kwargs.getString("slug"));
            posts = posts.filter("tags", tag);
        }
        q = request.GET().get("q", "").strip();
        if (!q.isEmpty()) {
            posts = posts.filter(Q.of("title__icontains", q).or(Q.of("content__icontains", q)));
        }
        return posts.orderBy("-createdAt", "-id");
    }

    @Override
    protected Map<String, Object> getContextData() {
        Map<String, Object> context = super.getContextData();
        context.put("q", q);
        context.put("category", category);
        context.put("tag", tag);
        context.put("categories", Category.objects.all().list());
        context.put("category_param", kwargs.has("category") ? "" : request.GET().get("category", ""));
        context.put("page_query", pageQuery());
        return context;
    }

    /** What page links keep of the query string ({@code q}, {@code category}), ending with {@code &}. */
    private String pageQuery() {
        StringBuilder query = new StringBuilder();
        for (String name : new String[] {"q", "category"}) {
            String value = request.GET().get(name, "");
            if (!value.isBlank() && !(name.equals("category") && kwargs.has("category"))) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }
}
