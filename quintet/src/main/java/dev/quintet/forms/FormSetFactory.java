package dev.quintet.forms;

import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code formset_factory}: the options of a formset class, built once and used for each
 * request.
 *
 * <pre>{@code
 * static final FormSetFactory<ArticleForm> ARTICLES = FormSet.factory(ArticleForm::new)
 *         .extra(2).maxNum(5).validateMax(true).canDelete(true);
 * FormSet<ArticleForm> formset = ARTICLES.create(request.POST(), request.FILES());
 * }</pre>
 *
 * @param <F> the form type
 */
public final class FormSetFactory<F extends Form> {
    /** Django's {@code DEFAULT_MAX_NUM}. */
    public static final int DEFAULT_MAX_NUM = 1000;

    final FormFactory<F> form;
    int extra = 1;
    Integer maxNum;
    int minNum;
    boolean canDelete;
    boolean canOrder;
    boolean canDeleteExtra = true;
    boolean validateMax;
    boolean validateMin;
    Integer absoluteMax;

    FormSetFactory(FormFactory<F> form) {
        this.form = form;
    }

    /** Empty forms shown after the initial ones (default 1). */
    public FormSetFactory<F> extra(int n) {
        this.extra = n;
        return this;
    }

    /** The most forms shown (default 1000). */
    public FormSetFactory<F> maxNum(int n) {
        this.maxNum = n;
        return this;
    }

    /** The fewest forms shown (default 0). */
    public FormSetFactory<F> minNum(int n) {
        this.minNum = n;
        return this;
    }

    /** Adds a {@code DELETE} checkbox to each form. */
    public FormSetFactory<F> canDelete(boolean b) {
        this.canDelete = b;
        return this;
    }

    /** Adds an {@code ORDER} number to each form. */
    public FormSetFactory<F> canOrder(boolean b) {
        this.canOrder = b;
        return this;
    }

    /** Whether extra forms get the {@code DELETE} checkbox too (default true). */
    public FormSetFactory<F> canDeleteExtra(boolean b) {
        this.canDeleteExtra = b;
        return this;
    }

    /** Refuse more than {@code maxNum} forms ("Please submit at most N forms."). */
    public FormSetFactory<F> validateMax(boolean b) {
        this.validateMax = b;
        return this;
    }

    /** Refuse fewer than {@code minNum} filled forms ("Please submit at least N forms."). */
    public FormSetFactory<F> validateMin(boolean b) {
        this.validateMin = b;
        return this;
    }

    /** The hard limit on forms read from data (default {@code maxNum + 1000}). */
    public FormSetFactory<F> absoluteMax(int n) {
        this.absoluteMax = n;
        return this;
    }

    int effectiveMaxNum() {
        return maxNum == null ? DEFAULT_MAX_NUM : maxNum;
    }

    int effectiveAbsoluteMax() {
        int abs = absoluteMax == null ? effectiveMaxNum() + DEFAULT_MAX_NUM : absoluteMax;
        if (effectiveMaxNum() > abs) {
            throw new IllegalArgumentException("'absolute_max' must be greater or equal to 'max_num'.");
        }
        return abs;
    }

    /** A formset bound to data and files ({@code null}s: unbound). */
    public FormSet<F> create(MultiValueDict<String> data, MultiValueDict<UploadedFile> files) {
        effectiveAbsoluteMax();
        return new FormSet<>(this, data, files, "form", List.of());
    }

    /** A formset with a prefix and initial data (one map per initial form). */
    public FormSet<F> create(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String prefix,
            List<Map<String, ?>> initial) {
        effectiveAbsoluteMax();
        return new FormSet<>(this, data, files, prefix == null ? "form" : prefix, initial == null ? List.of() : initial);
    }

    /** An unbound formset. */
    public FormSet<F> create() {
        return create(null, null);
    }
}
