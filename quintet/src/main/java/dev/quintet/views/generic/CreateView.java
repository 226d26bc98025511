package dev.quintet.views.generic;

import dev.quintet.db.models.Model;

/**
 * Creates an object with a model form: Django's {@code CreateView}. The flow is
 * {@link ModelFormView}'s, starting from no object; the template is {@code blog/post_form.html}.
 *
 * <pre>{@code
 * path("posts/new/", View.asView(CreateView<Post>::new, Map.of(
 *     "model", Post.class, "fields", List.of("title", "slug", "author"))), "post_create")
 * }</pre>
 *
 * @param <M> the model
 */
public class CreateView<M extends Model> extends ModelFormView<M> {
    @Override
    protected M initialObject() {
        return null;
    }
}
