package dev.quintet.views;

import static dev.quintet.shortcuts.Shortcuts.getListOr404;
import static dev.quintet.shortcuts.Shortcuts.getObjectOr404;
import static dev.quintet.shortcuts.Shortcuts.redirect;
import static dev.quintet.shortcuts.Shortcuts.render;

import dev.quintet.db.models.QuerySet;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.views.blog.Post;
import dev.quintet.views.generic.ListView;
import dev.quintet.views.generic.TemplateView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The test site's views. */
final class BlogViews {
    private BlogViews() {
    }

    /** A logged-in test user with permissions. */
    record TestUser(String name, Set<String> perms) {
        public boolean isAuthenticated() {
            return true;
        }

        public boolean hasPerm(String permission) {
            return perms.contains(permission);
        }
    }

    /** The list of posts with their authors and tags in a constant number of queries. */
    static final class PostList extends ListView<Post> {
        PostList() {
            model = Post.class;
        }

        @Override
        protected QuerySet<Post> getQueryset() {
            return super.getQueryset().selectRelated("author").prefetchRelated("tags");
        }
    }

    static final class Private extends TemplateView implements LoginRequiredMixin {
        Private() {
            templateName = "private.html";
        }
    }

    static final class Editors extends TemplateView implements PermissionRequiredMixin {
        Editors() {
            templateName = "private.html";
        }

        @Override
        public List<String> permissionRequired() {
            return List.of("blog.change_post");
        }
    }

    static final class AdaOnly extends TemplateView implements UserPassesTestMixin {
        AdaOnly() {
            templateName = "private.html";
        }

        @Override
        public boolean testFunc(HttpRequest request) {
            return request.user() instanceof TestUser u && u.name().equals("ada");
        }

        @Override
        public boolean raiseException() {
            return true;
        }
    }

    static final class Hello extends View {
        protected String greeting = "Hello";
        protected int times = 1;

        @Override
        protected HttpResponse get(HttpRequest request) {
            return new HttpResponse((greeting + "!").repeat(times));
        }

        @Override
        protected HttpResponse post(HttpRequest request) {
            return new HttpResponse("posted");
        }
    }

    static HttpResponse detail(HttpRequest request) {
        Post post = getObjectOr404(Post.class, "pk", request.kwargs().getInt("pk"));
        return render(request, "blog/post_detail.html", Map.of("post", post, "object", post));
    }

    static HttpResponse byAuthor(HttpRequest request) {
        List<Post> posts = getListOr404(Post.objects.filter("author__name", request.kwargs().getString("name")));
        return new HttpResponse(posts.size() + " posts");
    }

    static HttpResponse redirectToModel(HttpRequest request) {
        return redirect(getObjectOr404(Post.objects.all(), "pk", request.kwargs().getInt("pk")));
    }

    static HttpResponse redirectToName(HttpRequest request) {
        return redirect("post_detail", request.kwargs().getInt("pk"));
    }

    static HttpResponse redirectToUrl(HttpRequest request) {
        return redirect("/some/where/");
    }
}
