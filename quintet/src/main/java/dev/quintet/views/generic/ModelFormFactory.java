package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.forms.ModelForm;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;

/**
 * Makes the model form of {@link CreateView}/{@link UpdateView}: usually the form's constructor
 * reference ({@code PostForm::new}, with Django's {@code (data, files, instance)} arguments).
 *
 * @param <M> the model
 */
@FunctionalInterface
public interface ModelFormFactory<M extends Model> {
    /** A form over {@code instance} ({@code null}: a new object), bound when {@code data} is not {@code null}. */
    ModelForm<M> create(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, M instance);
}
