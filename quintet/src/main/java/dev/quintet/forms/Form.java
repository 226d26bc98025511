package dev.quintet.forms;

import dev.quintet.forms.internal.FormLayouts;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Attributes;
import dev.quintet.template.internal.Lookups;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Django's {@code forms.Form}. Declare fields in a subclass, in order, with {@link #field}; keep
 * the returned field in an instance field for typed access to its cleaned value:
 *
 * <pre>{@code
 * public class ContactForm extends Form {
 *     final CharField subject = field("subject", new CharField().maxLength(100));
 *     final EmailField sender = field("sender", new EmailField());
 *     final BooleanField ccMyself = field("cc_myself", new BooleanField().required(false));
 *
 *     public ContactForm(MultiValueDict<String> data, MultiValueDict<UploadedFile> files) {
 *         super(data, files);
 *         cleanField(subject, s -> s.strip());                    // Django's clean_subject()
 *     }
 *
 *     @Override protected void clean() {                          // the whole form
 *         if (cleanedData().get(ccMyself) && ...) addError("cc_myself", "...");
 *     }
 * }
 * ContactForm form = new ContactForm(request.POST(), request.FILES());   // bound
 * if (form.isValid()) { String s = form.cleanedData().get(form.subject); }
 * new ContactForm(null, null);                                          // unbound
 * }</pre>
 *
 * <p>Fields are created per form instance (Java initialisers run for each {@code new}), so no
 * copying of class-level fields is needed as in Django. Options ({@link #prefix}, {@link #initial},
 * {@link #autoId}, {@link #labelSuffix}, {@link #emptyPermitted}, CSS classes) are set fluently
 * after construction; validation is lazy, run by {@link #errors()} or {@link #isValid()}.
 *
 * <p>In templates: {@code {{ form }}} (as {@link #asDiv()}), {@code {{ form.as_p }}},
 * {@code as_table}, {@code as_ul}, {@code as_div}, {@code {{ form.title }}} (a {@link BoundField}),
 * {@code {% for field in form %}}, {@code form.errors}, {@code form.non_field_errors},
 * {@code form.hidden_fields}, {@code form.visible_fields}, {@code form.is_bound},
 * {@code form.prefix}, {@code form.cleaned_data}.
 */
@SuppressWarnings("this-escape")
public class Form implements Iterable<BoundField>, HtmlSafe, Attributes {
    /** The key of the form's own errors in {@link #errors()}. */
    public static final String NON_FIELD_ERRORS = "__all__";

    private final MultiValueDict<String> data;
    private final MultiValueDict<UploadedFile> files;
    private final boolean bound;
    private final Map<String, Field<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, UnaryOperator<Object>> fieldCleaners = new LinkedHashMap<>();
    private final Map<String, BoundField> boundFields = new LinkedHashMap<>();
    private String prefix;
    private Map<String, ?> initial = Map.of();
    private String autoId = "id_%s";
    private String labelSuffix = ":";
    private boolean emptyPermitted;
    private boolean useRequiredAttribute = true;
    private String errorCssClass;
    private String requiredCssClass;
    private ErrorDict errors;
    private CleanedData cleanedData;

    /** An unbound form. */
    public Form() {
        this(null, null);
    }

    /** A form bound to {@code data} ({@code null}: unbound). */
    public Form(MultiValueDict<String> data) {
        this(data, null);
    }

    /** A form bound to {@code data} and {@code files} (both {@code null}: unbound). */
    public Form(MultiValueDict<String> data, MultiValueDict<UploadedFile> files) {
        this.bound = data != null || files != null;
        this.data = data != null ? data : new MultiValueDict<>();
        this.files = files != null ? files : new MultiValueDict<>();
    }

    /** Declares a field; fields render and validate in declaration order. Returns {@code field}. */
    public final <F extends Field<?, ?>> F field(String name, F field) {
        Objects.requireNonNull(name);
        fields.put(name, Objects.requireNonNull(field));
        boundFields.remove(name);
        errors = null;
        return field;
    }

    /** Registers Django's {@code clean_<name>()}: runs after the field cleaned, its result replaces the value. */
    public final void cleanField(String name, UnaryOperator<Object> cleaner) {
        fieldCleaners.put(name, cleaner);
    }

    /** The typed form of {@link #cleanField(String, UnaryOperator)}. */
    @SuppressWarnings("unchecked")
    public final <T> void cleanField(Field<T, ?> field, UnaryOperator<T> cleaner) {
        fieldCleaners.put(nameOf(field), v -> cleaner.apply((T) v));
    }

    /**
     * Django's {@code order_fields(field_order)}: the named fields first, in this order, then the
     * others in declaration order; unknown names are ignored.
     */
    public Form orderFields(List<String> fieldOrder) {
        Map<String, Field<?, ?>> reordered = new LinkedHashMap<>();
        for (String name : fieldOrder) {
            Field<?, ?> f = fields.get(name);
            if (f != null) {
                reordered.put(name, f);
            }
        }
        fields.forEach(reordered::putIfAbsent);
        fields.clear();
        fields.putAll(reordered);
        return this;
    }

    /** The fields by name, in order (mutable, as Django's {@code form.fields}). */
    public Map<String, Field<?, ?>> fields() {
        return fields;
    }

    String nameOf(Field<?, ?> field) {
        for (Map.Entry<String, Field<?, ?>> e : fields.entrySet()) {
            if (e.getValue() == field) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("The field is not declared in " + getClass().getSimpleName());
    }

    // --- options -------------------------------------------------------------------------

    /** Prefixes every field name ({@code prefix-name}) so several forms share one {@code <form>}. */
    public Form prefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    /** Initial values by field name (over the fields' own); values may be {@link Supplier}s. */
    public Form initial(Map<String, ?> initial) {
        this.initial = initial == null ? Map.of() : initial;
        return this;
    }

    /** The id pattern ({@code id_%s}); {@code null} or {@code ""} for no ids. */
    public Form autoId(String pattern) {
        this.autoId = pattern;
        return this;
    }

    /** The label suffix (default {@code ":"}). */
    public Form labelSuffix(String suffix) {
        this.labelSuffix = suffix;
        return this;
    }

    /** An unchanged form is valid without validation (extra formset forms). */
    public Form emptyPermitted(boolean permitted) {
        this.emptyPermitted = permitted;
        return this;
    }

    /** Whether widgets get the {@code required} attribute (default {@code true}). */
    public Form useRequiredAttribute(boolean use) {
        this.useRequiredAttribute = use;
        return this;
    }

    /** Django's {@code error_css_class}: added to rows of fields with errors. */
    public Form errorCssClass(String cls) {
        this.errorCssClass = cls;
        return this;
    }

    /** Django's {@code required_css_class}: added to rows and labels of required fields. */
    public Form requiredCssClass(String cls) {
        this.requiredCssClass = cls;
        return this;
    }

    /** The prefix, or {@code null}. */
    public String prefix() {
        return prefix;
    }

    /** The initial values given to the form. */
    public Map<String, ?> initial() {
        return initial;
    }

    /** The id pattern. */
    public String autoIdPattern() {
        return autoId;
    }

    /** The label suffix. */
    public String labelSuffix() {
        return labelSuffix;
    }

    /** Whether widgets get {@code required}. */
    public boolean useRequiredAttribute() {
        return useRequiredAttribute;
    }

    /** The error CSS class, or {@code null}. */
    public String errorCssClass() {
        return errorCssClass;
    }

    /** The required CSS class, or {@code null}. */
    public String requiredCssClass() {
        return requiredCssClass;
    }

    /** Whether an unchanged form is valid. */
    public boolean isEmptyPermitted() {
        return emptyPermitted;
    }

    // --- data ------------------------------------------------------------------------------

    /** Whether the form was given data. */
    public boolean isBound() {
        return bound;
    }

    /** The submitted data (empty when unbound). */
    public MultiValueDict<String> data() {
        return data;
    }

    /** The submitted files (empty when unbound). */
    public MultiValueDict<UploadedFile> files() {
        return files;
    }

    /** {@code prefix-name}, or {@code name} without a prefix. */
    public String addPrefix(String fieldName) {
        return prefix == null || prefix.isEmpty() ? fieldName : prefix + "-" + fieldName;
    }

    /** {@code initial-prefix-name}. */
    public String addInitialPrefix(String fieldName) {
        return "initial-" + addPrefix(fieldName);
    }

    Object initialFor(String name, Field<?, ?> field) {
        Object v = initial.containsKey(name) ? initial.get(name) : field.initial();
        return v instanceof Supplier<?> s ? s.get() : v;
    }

    /** The bound field {@code name}; throws {@link IllegalArgumentException} naming the fields when unknown. */
    public BoundField get(String name) {
        BoundField bf = boundFields.get(name);
        if (bf == null) {
            Field<?, ?> f = fields.get(name);
            if (f == null) {
                throw new IllegalArgumentException("Key '" + name + "' not found in '" + getClass().getSimpleName()
                        + "'. Choices are: " + String.join(", ", fields.keySet().stream().sorted().toList()) + ".");
            }
            bf = new BoundField(this, f, name);
            boundFields.put(name, bf);
        }
        return bf;
    }

    @Override
    public Iterator<BoundField> iterator() {
        List<BoundField> all = new ArrayList<>(fields.size());
        for (String name : fields.keySet()) {
            all.add(get(name));
        }
        return all.iterator();
    }

    /** The bound fields with hidden widgets. */
    public List<BoundField> hiddenFields() {
        List<BoundField> out = new ArrayList<>();
        forEach(bf -> {
            if (bf.isHidden()) {
                out.add(bf);
            }
        });
        return out;
    }

    /** The bound fields with visible widgets. */
    public List<BoundField> visibleFields() {
        List<BoundField> out = new ArrayList<>();
        forEach(bf -> {
            if (!bf.isHidden()) {
                out.add(bf);
            }
        });
        return out;
    }

    /** Whether any field needs {@code enctype="multipart/form-data"}. */
    public boolean isMultipart() {
        return fields.values().stream().anyMatch(f -> f.widget().needsMultipartForm());
    }

    // --- validation ------------------------------------------------------------------------

    /** The errors, validating the form first if needed (empty for unbound forms). */
    public ErrorDict errors() {
        if (errors == null) {
            fullClean();
        }
        return errors;
    }

    /** True when the form is bound and has no errors. */
    public boolean isValid() {
        return bound && errors().isEmpty();
    }

    /** The cleaned values (after {@link #isValid()}; fields with errors are absent). */
    public CleanedData cleanedData() {
        errors();
        if (cleanedData == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not bound: it has no cleaned data");
        }
        return cleanedData;
    }

    /** The errors not tied to a field (class {@code errorlist nonfield}). */
    public ErrorList nonFieldErrors() {
        ErrorList e = errors().get(NON_FIELD_ERRORS);
        return e != null ? e : new ErrorList("nonfield", null);
    }

    /** Whether {@code field} ({@link #NON_FIELD_ERRORS} for the form) has an error, of {@code code} when not {@code null}. */
    public boolean hasError(String field, String code) {
        ErrorList e = errors().get(field);
        if (e == null) {
            return false;
        }
        return code == null || e.asData().stream().anyMatch(v -> code.equals(v.code()));
    }

    /** Adds a message to {@code field} ({@code null}: the form). */
    public void addError(String field, String message) {
        addError(field, new ValidationError(message));
    }

    /**
     * Django's {@code add_error}: adds the error to {@code field} ({@code null}: the form) and drops
     * the field's cleaned value; an error holding a map must be added with {@code field == null}.
     */
    public void addError(String field, dev.quintet.db.models.ValidationError error) {
        if (errors == null) {
            errors();
        }
        ValidationError ve = ValidationError.of(error);
        Map<String, List<ValidationError>> byField = new LinkedHashMap<>();
        if (ve.hasErrorDict()) {
            if (field != null) {
                throw new IllegalArgumentException("The argument `field` must be `None` when the `error` argument "
                        + "contains errors for multiple fields.");
            }
            byField.putAll(ve.errorDict());
        } else {
            byField.put(field == null ? NON_FIELD_ERRORS : field, ve.errorList());
        }
        byField.forEach((name, list) -> {
            ErrorList target = errors.get(name);
            if (target == null) {
                if (NON_FIELD_ERRORS.equals(name)) {
                    target = new ErrorList("nonfield", null);
                } else if (!fields.containsKey(name)) {
                    throw new IllegalArgumentException("'" + getClass().getSimpleName() + "' has no field named '" + name + "'.");
                } else {
                    target = new ErrorList(null, get(name).autoId());
                }
                errors.put(name, target);
            }
            for (ValidationError one : list) {
                target.extend(one);
            }
            if (cleanedData != null) {
                cleanedData.remove(name);
            }
        });
    }

    /** Runs all validation: fields, their hooks, then {@link #clean()}. */
    public void fullClean() {
        errors = new ErrorDict();
        if (!bound) {
            return;
        }
        cleanedData = new CleanedData(this);
        if (emptyPermitted && !hasChanged()) {
            return;
        }
        for (Map.Entry<String, Field<?, ?>> e : fields.entrySet()) {
            String name = e.getKey();
            Field<?, ?> f = e.getValue();
            BoundField bf = get(name);
            Object value = f.isDisabled() ? bf.initial() : bf.data();
            try {
                Object cleaned = f instanceof FileField ? f.clean(value, bf.initial()) : f.clean(value);
                cleanedData.put(name, cleaned);
                UnaryOperator<Object> hook = fieldCleaners.get(name);
                if (hook != null) {
                    cleanedData.put(name, hook.apply(cleaned));
                }
            } catch (dev.quintet.db.models.ValidationError ve) {
                addError(name, ve);
            }
        }
        try {
            clean();
        } catch (dev.quintet.db.models.ValidationError ve) {
            addError(null, ve);
        }
        postClean();
    }

    /** Django's {@code Form.clean()}: checks across fields; throw {@link ValidationError} or call {@link #addError}. */
    protected void clean() {
    }

    /** A hook after {@link #clean()} (model forms validate the instance here). */
    protected void postClean() {
    }

    // --- changes ---------------------------------------------------------------------------

    /** Whether any field's data differs from its initial value. */
    public boolean hasChanged() {
        return !changedData().isEmpty();
    }

    /** The names of the fields whose data differs from their initial value. */
    public List<String> changedData() {
        List<String> out = new ArrayList<>();
        for (String name : fields.keySet()) {
            if (fieldHasChanged(get(name))) {
                out.add(name);
            }
        }
        return out;
    }

    boolean fieldHasChanged(BoundField bf) {
        Field<?, ?> f = bf.field();
        Object initialValue;
        if (!f.isShowHiddenInitial()) {
            initialValue = bf.initial();
        } else {
            Object hidden = f.hiddenWidget().valueFromDatadict(data, files, bf.htmlInitialName());
            try {
                initialValue = f.clean(hidden);
            } catch (dev.quintet.db.models.ValidationError e) {
                return true;
            }
        }
        return f.hasChanged(initialValue, bf.data());
    }

    // --- rendering -------------------------------------------------------------------------

    /** Django 5's default layout: a {@code <div>} per field. */
    public SafeString asDiv() {
        return SafeString.of(FormLayouts.render(this, FormLayouts.Layout.DIV));
    }

    /** A {@code <p>} per field. */
    public SafeString asP() {
        return SafeString.of(FormLayouts.render(this, FormLayouts.Layout.P));
    }

    /** A {@code <tr>} per field (without the {@code <table>}). */
    public SafeString asTable() {
        return SafeString.of(FormLayouts.render(this, FormLayouts.Layout.TABLE));
    }

    /** An {@code <li>} per field (without the {@code <ul>}). */
    public SafeString asUl() {
        return SafeString.of(FormLayouts.render(this, FormLayouts.Layout.UL));
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
        if (fields.containsKey(name)) {
            return get(name);
        }
        return switch (name) {
            case "errors" -> errors();
            case "non_field_errors" -> nonFieldErrors();
            case "as_p" -> asP();
            case "as_div" -> asDiv();
            case "as_table" -> asTable();
            case "as_ul" -> asUl();
            case "hidden_fields" -> hiddenFields();
            case "visible_fields" -> visibleFields();
            case "is_bound" -> isBound();
            case "is_multipart" -> isMultipart();
            case "is_valid" -> isValid();
            case "cleaned_data" -> bound ? cleanedData() : Lookups.MISSING;
            case "prefix" -> prefix;
            case "initial" -> initial;
            case "fields" -> fields;
            case "has_changed" -> hasChanged();
            case "changed_data" -> changedData();
            case "label_suffix" -> labelSuffix;
            case "auto_id" -> autoId;
            default -> Lookups.invoke(Lookups.accessorFor(getClass(), name), this);
        };
    }
}
