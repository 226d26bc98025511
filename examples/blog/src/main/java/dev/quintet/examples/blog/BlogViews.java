package dev.quintet.examples.blog;

import static dev.quintet.shortcuts.Shortcuts.render;

import dev.quintet.contrib.auth.Auth;
import dev.quintet.contrib.auth.AuthDecorators;
import dev.quintet.contrib.auth.BaseUser;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.messages.Messages;
import dev.quintet.db.models.Count;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.QuerySet;
import dev.quintet.db.models.Ref;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.http.JsonResponse;
import dev.quintet.shortcuts.Shortcuts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blog's function views, as in the seed: the detail page (by pk or slug; comments, three
 * related posts, a comment form, JSON for {@code Accept: application/json}), the AJAX like, the
 * statistics page, the JSON API, and the custom 404 and 500 pages.
 */
final class BlogViews {
    private BlogViews() {
    }

    /** {@code blog/posts/<int:pk>/}: GET shows the post; POST adds a comment (login required). */
    static HttpResponse postDetail(HttpRequest request) throws Exception {
        if (request.method().equals("POST")) {
            return AuthDecorators.loginRequired(BlogViews::addComment).handle(request);
        }
        return detail(request, find(request, "pk", request.kwargs().getInt("pk")));
    }

    /** {@code blog/posts/<slug:slug>/}. */
    static HttpResponse postBySlug(HttpRequest request) {
        return detail(request, find(request, "slug", request.kwargs().getString("slug")));
    }

    /**
     * Adds the logged-in user's comment and goes back to the post. Comments written through the
     * site by logged-in users are approved at once; only imported or sample comments wait.
     */
    private static HttpResponse addComment(HttpRequest request) {
        Post post = find(request, "pk", request.kwargs().getInt("pk"));
        String text = request.POST().get("comment", "").strip();
        if (text.isEmpty()) {
            Messages.error(request, "Your comment was empty.");
        } else {
            Comment comment = new Comment();
            comment.post = Ref.to(post);
            comment.author = Ref.to(currentUser(request));
            comment.text = text;
            comment.approved = true;
            comment.save();
            Messages.success(request, "Your comment was added.");
        }
        return new HttpResponseRedirect(post.getAbsoluteUrl());
    }

    private static HttpResponse detail(HttpRequest request, Post post) {
        List<Comment> comments = Comment.objects.filter("post", post).filter("approved", true)
                .selectRelated("author").list();
        long likeCount = post.likes().all().count();
        if (acceptsJson(request)) {
            Map<String, Object> data = asJson(post);
            data.put("like_count", likeCount);
            data.put("comments", comments.stream().map(c -> Map.of(
                    "author", c.author.get().username, "text", c.text, "created_at", c.createdAt.toString())).toList());
            return new JsonResponse(data);
        }
        BaseUser user = Auth.user(request);
        boolean liked = user.isAuthenticated() && post.likes().filter("pk", user.pk()).exists();
        List<Post> related = Post.objects.filter("category", post.category.id()).filter("published", true)
                .exclude("pk", post.pk()).orderBy("-createdAt").slice(0, 3).list();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("post", post);
        context.put("comments", comments);
        context.put("related_posts", related);
        context.put("like_count", likeCount);
        context.put("liked", liked);
        context.put("is_author", user.isAuthenticated() && post.author.id().equals(user.pk()));
        return render(request, "blog/post_detail.html", context);
    }

    private static boolean acceptsJson(HttpRequest request) {
        String accept = request.headers().get("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    /** A published post, or the author's own draft; otherwise 404. */
    private static Post find(HttpRequest request, String field, Object value) {
        QuerySet<Post> visible = Post.objects.selectRelated("author", "category").prefetchRelated("tags");
        BaseUser user = Auth.user(request);
        Q shown = user.isAuthenticated() ? Q.of("published", true).or(Q.of("author", user.pk())) : Q.of("published", true);
        return Shortcuts.getObjectOr404(visible.filter(shown), field, value);
    }

    static User currentUser(HttpRequest request) {
        return (User) Auth.user(request);
    }

    /** {@code blog/posts/<int:pk>/like/} (POST, logged in): toggles the like; JSON with the new state. */
    static HttpResponse like(HttpRequest request) {
        Post post = find(request, "pk", request.kwargs().getInt("pk"));
        User user = currentUser(request);
        boolean liked = post.likes().filter("pk", user.id).exists();
        if (liked) {
            post.likes().remove(user);
        } else {
            post.likes().add(user);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("success", true);
        data.put("liked", !liked);
        data.put("like_count", post.likes().all().count());
        return new JsonResponse(data);
    }

    /**
     * {@code blog/stats/}: the seed's aggregation and annotation examples — total posts, average
     * comments per post, the latest post, and the posts with more than five comments.
     */
    static HttpResponse statistics(HttpRequest request) {
        QuerySet<Post> published = Post.objects.filter("published", true);
        Map<String, Object> totals = published.aggregate(Map.of(
                "totalPosts", Count.of("id").distinct(), "totalComments", Count.of("comments")));
        long total = ((Number) totals.get("totalPosts")).longValue();
        long comments = ((Number) totals.get("totalComments")).longValue();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("total_posts", total);
        context.put("average_comments", total == 0 ? 0.0 : (double) comments / total);
        context.put("latest_post", published.selectRelated("author", "category").orderBy("-createdAt", "-id").first().orElse(null));
        context.put("popular_posts", published.annotate("commentCount", Count.of("comments"))
                .filter("commentCount__gt", 5).orderBy("-commentCount", "-createdAt").list());
        return render(request, "blog/statistics.html", context);
    }

    /** {@code api/posts/}: the published posts as JSON. */
    static HttpResponse apiPosts(HttpRequest request) {
        List<Map<String, Object>> items = PostListView.listed().orderBy("-createdAt", "-id").list()
                .stream().map(BlogViews::asJson).toList();
        return new JsonResponse(Map.of("posts", items));
    }

    private static Map<String, Object> asJson(Post post) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", post.pk());
        data.put("title", post.title);
        data.put("slug", post.slug);
        data.put("author", post.author.get().username);
        data.put("category", post.category.get().name);
        data.put("tags", post.tags().all().list().stream().map(t -> t.name).toList());
        data.put("content", post.content);
        data.put("created_at", post.createdAt.toString());
        return data;
    }

    /** {@code handler404}: the site's {@code 404.html}. */
    static HttpResponse pageNotFound(HttpRequest request) {
        return render(request, "404.html", Map.of("request_path", request.path()), 404);
    }

    /** {@code handler500}: {@code 500.html}, rendered without the request's context (as Django's {@code server_error}). */
    static HttpResponse serverError(HttpRequest request) {
        HttpResponse response = new HttpResponse(Shortcuts.renderToString("500.html", Map.of(), null));
        response.setStatus(500);
        return response;
    }
}
