package dev.quintet.views.generic;

import dev.quintet.db.models.Model;

/**
 * Edits the URL's object with a model form: Django's {@code UpdateView}. The flow is
 * {@link ModelFormView}'s, starting from the object named by the URL's {@code pk} or {@code slug}
 * (404 when missing); the template is {@code blog/post_form.html}.
 *
 * <pre>{@code
 * path("posts/<int:pk>/edit/", View.asView(UpdateView<Post>::new, Map.of(
 *     "model", Post.class, "formClass", (ModelFormFactory<Post>) PostForm::new)), "post_update")
 * }</pre>
 *
 * @param <M> the model
 */
public class UpdateView<M extends Model> extends ModelFormView<M> {
    @Override
    protected M initialObject() {
        return getObject();
    }
}
