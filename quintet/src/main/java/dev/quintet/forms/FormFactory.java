package dev.quintet.forms;

import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;

/**
 * Creates a form bound to data and files ({@code null}s: unbound); usually a constructor
 * reference: {@code ArticleForm::new}.
 *
 * @param <F> the form type
 */
@FunctionalInterface
public interface FormFactory<F extends Form> {
    /** A new form. */
    F create(MultiValueDict<String> data, MultiValueDict<UploadedFile> files);
}
