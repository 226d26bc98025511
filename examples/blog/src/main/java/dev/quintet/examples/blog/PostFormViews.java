package dev.quintet.examples.blog;

import dev.quintet.contrib.auth.Auth;
import dev.quintet.contrib.auth.User;
import dev.quintet.contrib.messages.Messages;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.db.models.Ref;
import dev.quintet.forms.ModelForm;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.mail.Mail;
import dev.quintet.utils.Text;
import dev.quintet.views.LoginRequiredMixin;
import dev.quintet.views.UserPassesTestMixin;
import dev.quintet.views.generic.CreateView;
import dev.quintet.views.generic.UpdateView;
import java.util.List;

/**
 * Writing posts: {@code blog/posts/create/} ({@link Create}, logged-in users) and
 * {@code blog/posts/<int:pk>/edit/} ({@link Edit}, the author only; anyone else gets a 403).
 * Both show {@code blog/post_form.html} with the fields title, content, category and tags.
 */
final class PostFormViews {
    static final List<String> FIELDS = List.of("title", "content", "category", "tags");
    private static final int MAX_SLUG_BASE = 44;

    private PostFormViews() {
    }

    /**
     * The seed's {@code PostCreateView}: the author is the logged-in user, the slug comes from the
     * title (made unique with {@code -2}, {@code -3}...), the author is told by email (the console
     * back end in development) and the page by a message.
     */
    static final class Create extends CreateView<Post> implements LoginRequiredMixin {
        Create() {
            model = Post.class;
            fields = FIELDS;
        }

        @Override
        protected HttpResponse formValid(ModelForm<Post> form) {
            User author = (User) Auth.user(request);
            Post post = form.save(false);
            post.author = Ref.to(author);
            post.slug = uniqueSlug(post.title);
            post.save();
            form.saveM2m();
            object = post;
            if (author.email != null && !author.email.isBlank()) {
                Mail.sendMail(SiteContext.current().settings(), "Your post \u201c" + post.title + "\u201d is published",
                        "Hello " + author.username + ",\n\nyour post \"" + post.title + "\" is online at "
                                + request.buildAbsoluteUri(post.getAbsoluteUrl()) + "\n",
                        null, List.of(author.email));
            }
            Messages.success(request, "Your post \"" + post.title + "\" was created.");
            return new HttpResponseRedirect(post.getAbsoluteUrl());
        }
    }

    /** The seed's {@code PostUpdateView}: only the author may edit (Django's {@code UserPassesTestMixin}). */
    static final class Edit extends UpdateView<Post> implements LoginRequiredMixin, UserPassesTestMixin {
        Edit() {
            model = Post.class;
            fields = FIELDS;
        }

        @Override
        public boolean testFunc(HttpRequest request) {
            return getObject().author.id().equals(Auth.user(request).pk());
        }

        @Override
        public String permissionDeniedMessage() {
            return "Only the author may edit this post.";
        }

        @Override
        protected HttpResponse formValid(ModelForm<Post> form) throws Exception {
            HttpResponse response = super.formValid(form);
            Messages.success(request, "Your post \"" + object.title + "\" was updated.");
            return response;
        }
    }

    /** {@link #slugify} of the title, with {@code -2}, {@code -3}... appended while a post has it. */
    static String uniqueSlug(String title) {
        String base = Text.slugify(title);
        if (base.length() > MAX_SLUG_BASE) {   // the column holds 50 characters, suffix included
            base = base.substring(0, MAX_SLUG_BASE).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "post";
        }
        String slug = base;
        for (int n = 2; Post.objects.filter("slug", slug).exists(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
