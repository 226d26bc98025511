package dev.quintet.examples.blog;

import static dev.quintet.shortcuts.Shortcuts.render;

import dev.quintet.db.models.ObjectDoesNotExist;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.JsonResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blog's views, as in the seed: a list with search and category filter, the detail page (by
 * pk or slug) with related posts, a category page, and a JSON answer for {@code Accept:
 * application/json}.
 */
final class BlogViews {
    /** {@code blog/}: published posts, newest first; {@code ?q=} searches title and content. */
    HttpResponse postList(HttpRequest request) {
        QuerySet<Post> posts = Post.objects.filter("published", true).selectRelated("category");
        String q = request.GET().get("q", "");
        if (!q.isBlank()) {
            posts = posts.filter(Q.of("title__icontains", q).or(Q.of("content__icontains", q)));
        }
        String category = request.GET().get("category", "");
        if (!category.isBlank()) {
            posts = posts.filter("category__slug", category);
        }
        return render(request, "blog/post_list.html", Map.of(
                "posts", posts.orderBy("-createdAt").list(),
                "q", q,
                "categories", Category.objects.all().list()));
    }

    /** {@code blog/posts/<int:pk>/}: one post, three related posts; JSON when asked for. */
    HttpResponse postDetail(HttpRequest request) {
        return detail(request, find("pk", request.kwargs().getInt("pk")));
    }

    /** {@code blog/posts/<slug:slug>/}. */
    HttpResponse postBySlug(HttpRequest request) {
        return detail(request, find("slug", request.kwargs().getString("slug")));
    }

    /** {@code blog/category/<str:category>/}. */
    HttpResponse categoryPosts(HttpRequest request) {
        String slug = request.kwargs().getString("category");
        Category category;
        try {
            category = Category.objects.get("slug", slug);
        } catch (ObjectDoesNotExist e) {
            throw new Http404("No Category matches the given query.");
        }
        return render(request, "blog/post_list.html", Map.of(
                "posts", Post.objects.filter("published", true).filter("category", category).selectRelated("category").list(),
                "q", "",
                "category", category,
                "categories", Category.objects.all().list()));
    }

    /** {@code api/posts/}: the published posts as JSON. */
    HttpResponse apiPosts(HttpRequest request) {
        List<Map<String, Object>> items = Post.objects.filter("published", true).selectRelated("category").list()
                .stream().map(BlogViews::asJson).toList();
        return new JsonResponse(Map.of("posts", items));
    }

    private HttpResponse detail(HttpRequest request, Post post) {
        if ("application/json".equals(request.headers().get("Accept"))) {
            return new JsonResponse(asJson(post));
        }
        List<Post> related = Post.objects.filter("category", post.category.id()).filter("published", true)
                .exclude("pk", post.pk()).slice(0, 3).list();
        return render(request, "blog/post_detail.html", Map.of("post", post, "related_posts", related));
    }

    private static Post find(String field, Object value) {
        try {
            return Post.objects.filter("published", true).selectRelated("category").get(field, value);
        } catch (ObjectDoesNotExist e) {
            throw new Http404("No Post matches the given query.");
        }
    }

    private static Map<String, Object> asJson(Post post) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", post.pk());
        data.put("title", post.title);
        data.put("slug", post.slug);
        data.put("category", post.category.get().name);
        data.put("content", post.content);
        data.put("created_at", post.createdAt);
        return data;
    }
}
