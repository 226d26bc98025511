package dev.quintet.forms;

import dev.quintet.forms.widgets.NumberInput;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Attributes;
import dev.quintet.template.internal.Lookups;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code BaseFormSet}: several copies of a form, read back through the management form.
 * Create one with {@link #factory(FormFactory)}.
 *
 * <p>Forms are prefixed {@code form-0}, {@code form-1}...; extra forms that were left unchanged
 * are valid without validation; forms ticked {@code DELETE} are skipped by validation and listed
 * by {@link #deletedForms()}. In templates: {@code {{ formset }}}, {@code formset.management_form},
 * {@code {% for form in formset %}}, {@code formset.non_form_errors}, {@code formset.empty_form}.
 *
 * @param <F> the form type
 */
public class FormSet<F extends Form> implements Iterable<F>, HtmlSafe, Attributes {
    /** The ordering field's name. */
    public static final String ORDERING_FIELD_NAME = "ORDER";
    /** The deletion field's name. */
    public static final String DELETION_FIELD_NAME = "DELETE";

    private final FormSetFactory<F> options;
    private final MultiValueDict<String> data;
    private final MultiValueDict<UploadedFile> files;
    private final boolean bound;
    private final String prefix;
    private final List<Map<String, ?>> initial;
    private ManagementForm managementForm;
    private List<F> forms;
    private List<ErrorDict> errors;
    private ErrorList nonFormErrors;

    FormSet(FormSetFactory<F> options, MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String prefix,
            List<Map<String, ?>> initial) {
        this.options = options;
        this.bound = data != null || files != null;
        this.data = data != null ? data : new MultiValueDict<>();
        this.files = files != null ? files : new MultiValueDict<>();
        this.prefix = prefix;
        this.initial = List.copyOf(initial);
    }

    /** Django's {@code formset_factory(form)}: set options on the returned factory. */
    public static <F extends Form> FormSetFactory<F> factory(FormFactory<F> form) {
        return new FormSetFactory<>(form);
    }

    /** Whether the formset was given data. */
    public boolean isBound() {
        return bound;
    }

    /** The prefix ({@code form} by default). */
    public String prefix() {
        return prefix;
    }

    /** {@code prefix-index}. */
    public String addPrefix(Object index) {
        return prefix + "-" + index;
    }

    /** The management form (bound to the data when the formset is). */
    public ManagementForm managementForm() {
        if (managementForm == null) {
            ManagementForm mf = new ManagementForm(bound ? data : null);
            mf.prefix(prefix);
            if (bound) {
                mf.fullClean();
            } else {
                mf.initial(Map.of(ManagementForm.TOTAL_FORM_COUNT, totalFormCount(),
                        ManagementForm.INITIAL_FORM_COUNT, initialFormCount(),
                        ManagementForm.MIN_NUM_FORM_COUNT, options.minNum,
                        ManagementForm.MAX_NUM_FORM_COUNT, options.effectiveMaxNum()));
            }
            managementForm = mf;
        }
        return managementForm;
    }

    /** The number of forms: read from the management form when bound. */
    public int totalFormCount() {
        if (bound) {
            return Math.min(managementForm().count(ManagementForm.TOTAL_FORM_COUNT), options.effectiveAbsoluteMax());
        }
        int initialForms = initialFormCount();
        int maxNum = options.effectiveMaxNum();
        int total = Math.max(initialForms, options.minNum) + options.extra;
        if (initialForms > maxNum && maxNum >= 0) {
            total = initialForms;
        } else if (total > maxNum && maxNum >= 0) {
            total = maxNum;
        }
        return total;
    }

    /** The number of forms with initial data. */
    public int initialFormCount() {
        if (bound) {
            return managementForm().count(ManagementForm.INITIAL_FORM_COUNT);
        }
        return initial.size();
    }

    /** The forms. */
    public List<F> forms() {
        if (forms == null) {
            int total = totalFormCount();
            List<F> list = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                list.add(constructForm(i));
            }
            forms = list;
        }
        return forms;
    }

    private F constructForm(int i) {
        F form = options.form.create(bound ? data : null, bound ? files : null);
        form.prefix(addPrefix(i)).autoId("id_%s").useRequiredAttribute(false);
        if (i < initial.size()) {
            form.initial(initial.get(i));
        }
        if (i >= initialFormCount() && i >= options.minNum) {
            form.emptyPermitted(true);
        }
        addFields(form, i);
        return form;
    }

    /** A blank form with the {@code __prefix__} placeholder, for adding forms in the browser. */
    public F emptyForm() {
        F form = options.form.create(null, null);
        form.prefix(addPrefix("__prefix__")).autoId("id_%s").emptyPermitted(true).useRequiredAttribute(false);
        addFields(form, null);
        return form;
    }

    /** Adds the {@code ORDER} and {@code DELETE} fields as configured (Django's {@code add_fields}). */
    protected void addFields(F form, Integer index) {
        int initialForms = initialFormCount();
        if (options.canOrder) {
            IntegerField order = new IntegerField().label("Order").required(false).widget(new NumberInput());
            if (index != null && index < initialForms) {
                order.initial(index + 1L);
            }
            form.field(ORDERING_FIELD_NAME, order);
        }
        if (options.canDelete && (options.canDeleteExtra || index != null && index < initialForms)) {
            form.field(DELETION_FIELD_NAME, new BooleanField().label("Delete").required(false));
        }
    }

    @Override
    public Iterator<F> iterator() {
        return forms().iterator();
    }

    // --- validation ------------------------------------------------------------------------

    /** Each form's errors (deleted forms left out). */
    public List<ErrorDict> errors() {
        if (errors == null) {
            fullClean();
        }
        return errors;
    }

    /** Errors of the formset itself (class {@code errorlist nonform}). */
    public ErrorList nonFormErrors() {
        if (nonFormErrors == null) {
            fullClean();
        }
        return nonFormErrors;
    }

    /** All the errors: the formset's and each form's. */
    public int totalErrorCount() {
        int n = nonFormErrors().size();
        for (ErrorDict e : errors()) {
            for (ErrorList l : e.values()) {
                n += l.size();
            }
        }
        return n;
    }

    /** True when bound and every form not marked for deletion is valid, and the formset too. */
    public boolean isValid() {
        if (!bound) {
            return false;
        }
        errors();
        return formsValid() && nonFormErrors().isEmpty();
    }

    private boolean formsValid() {
        for (F form : forms()) {
            if (!(options.canDelete && shouldDelete(form)) && !form.isValid()) {
                return false;
            }
        }
        return true;
    }

    private boolean shouldDelete(Form form) {
        if (!form.isBound()) {
            return false;
        }
        form.errors();
        Object v = form.isBound() ? safeCleaned(form).get(DELETION_FIELD_NAME) : null;
        return Boolean.TRUE.equals(v);
    }

    private static CleanedData safeCleaned(Form form) {
        return form.cleanedData();
    }

    /** Each form's cleaned data; throws {@link IllegalStateException} unless valid. */
    public List<CleanedData> cleanedData() {
        if (!isValid()) {
            throw new IllegalStateException("'" + getClass().getSimpleName() + "' object has no attribute 'cleaned_data'");
        }
        List<CleanedData> out = new ArrayList<>();
        for (F form : forms()) {
            out.add(form.cleanedData());
        }
        return out;
    }

    /** The forms ticked {@code DELETE} (empty unless valid and {@code canDelete}). */
    public List<F> deletedForms() {
        if (!isValid() || !options.canDelete) {
            return List.of();
        }
        return collectDeleted();
    }

    private List<F> collectDeleted() {
        List<F> out = new ArrayList<>();
        List<F> all = forms();
        for (int i = 0; i < all.size(); i++) {
            F form = all.get(i);
            if (i >= initialFormCount() && !form.hasChanged()) {
                continue;
            }
            if (shouldDelete(form)) {
                out.add(form);
            }
        }
        return out;
    }

    /** The forms in their {@code ORDER} (forms without an order last; deleted forms left out). */
    public List<F> orderedForms() {
        if (!isValid() || !options.canOrder) {
            throw new IllegalStateException("'" + getClass().getSimpleName() + "' object has no attribute 'ordered_forms'");
        }
        List<Object[]> ordering = new ArrayList<>();
        List<F> all = forms();
        for (int i = 0; i < all.size(); i++) {
            F form = all.get(i);
            if (i >= initialFormCount() && !form.hasChanged()) {
                continue;
            }
            if (options.canDelete && shouldDelete(form)) {
                continue;
            }
            ordering.add(new Object[] {i, form.cleanedData().get(ORDERING_FIELD_NAME)});
        }
        ordering.sort(Comparator.comparing((Object[] o) -> o[1] == null ? 1 : 0)
                .thenComparing(o -> o[1] == null ? 0L : (Long) o[1]));
        List<F> out = new ArrayList<>();
        for (Object[] o : ordering) {
            out.add(all.get((Integer) o[0]));
        }
        return out;
    }

    /** Whether any form changed. */
    public boolean hasChanged() {
        return forms().stream().anyMatch(Form::hasChanged);
    }

    /** Runs all validation (Django's {@code full_clean}). */
    public void fullClean() {
        errors = new ArrayList<>();
        nonFormErrors = new ErrorList("nonform", null);
        if (!bound) {
            return;
        }
        ManagementForm mf = managementForm();
        if (!mf.isValid()) {
            List<String> missing = new ArrayList<>();
            mf.errors().keySet().forEach(name -> missing.add(mf.addPrefix(name)));
            nonFormErrors.extend(new ValidationError("ManagementForm data is missing or has been tampered with. "
                    + "Missing fields: %(field_names)s. You may need to file a bug report if the issue persists.",
                    "missing_management_form", Map.of("field_names", String.join(", ", missing))));
        }
        int emptyForms = 0;
        List<F> all = forms();
        for (int i = 0; i < all.size(); i++) {
            F form = all.get(i);
            if (!form.hasChanged() && i >= initialFormCount()) {
                emptyForms++;
            }
            ErrorDict formErrors = form.errors();
            if (options.canDelete && shouldDelete(form)) {
                continue;
            }
            errors.add(formErrors);
        }
        try {
            int deleted = options.canDelete && formsValid() && nonFormErrors.isEmpty() ? collectDeleted().size() : 0;
            int maxNum = options.effectiveMaxNum();
            if (options.validateMax && totalFormCount() - deleted > maxNum
                    || mf.count(ManagementForm.TOTAL_FORM_COUNT) > options.effectiveAbsoluteMax()) {
                throw new ValidationError(maxNum == 1 ? "Please submit at most %(num)d form." : "Please submit at most %(num)d forms.",
                        "too_many_forms", Map.of("num", maxNum));
            }
            if (options.validateMin && totalFormCount() - deleted - emptyForms < options.minNum) {
                throw new ValidationError(options.minNum == 1 ? "Please submit at least %(num)d form."
                        : "Please submit at least %(num)d forms.", "too_few_forms", Map.of("num", options.minNum));
            }
            clean();
        } catch (dev.quintet.db.models.ValidationError e) {
            nonFormErrors = new ErrorList("nonform", null);
            nonFormErrors.extend(ValidationError.of(e));
        }
    }

    /** Django's {@code BaseFormSet.clean()}: checks across forms; throw {@link ValidationError}. */
    protected void clean() {
    }

    // --- rendering -------------------------------------------------------------------------

    private SafeString render(java.util.function.Function<F, SafeString> layout) {
        StringBuilder out = new StringBuilder();
        out.append(managementForm().asDiv()).append('\n');
        for (F form : forms()) {
            out.append(layout.apply(form));
        }
        return SafeString.of(out.toString().strip());
    }

    /** The management form and each form as {@code as_div}. */
    public SafeString asDiv() {
        return render(Form::asDiv);
    }

    /** The management form and each form as {@code as_p}. */
    public SafeString asP() {
        return render(Form::asP);
    }

    /** The management form and each form as {@code as_table}. */
    public SafeString asTable() {
        return render(Form::asTable);
    }

    /** The management form and each form as {@code as_ul}. */
    public SafeString asUl() {
        return render(Form::asUl);
    }

    @Override
    public SafeString toHtml() {
        return asDiv();
    }

    @Override
    public String toString() {
        return asDiv().toString();
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "management_form" -> managementForm();
            case "forms" -> forms();
            case "non_form_errors" -> nonFormErrors();
            case "errors" -> errors();
            case "empty_form" -> emptyForm();
            case "total_error_count" -> totalErrorCount();
            case "is_bound" -> bound;
            case "prefix" -> prefix;
            case "as_p" -> asP();
            case "as_div" -> asDiv();
            case "as_table" -> asTable();
            case "as_ul" -> asUl();
            default -> Lookups.invoke(Lookups.accessorFor(getClass(), name), this);
        };
    }
}
