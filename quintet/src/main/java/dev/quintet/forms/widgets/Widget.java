package dev.quintet.forms.widgets;

import dev.quintet.forms.internal.PyFormat;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import dev.quintet.template.SafeString;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code Widget}: renders one field as HTML and reads its value back from submitted data.
 *
 * <p>A widget's own {@link #attrs()} come first in the rendered tag, then the attributes the form
 * adds ({@code required}, {@code disabled}, {@code aria-*}, {@code id}), as Django orders them.
 * Subclasses implement {@link #render(String, Object, Map)}.
 */
@SuppressWarnings("this-escape")
public abstract class Widget {
    /** The widget's own attributes, in insertion order (mutable, like Django's {@code widget.attrs}). */
    protected final Map<String, Object> attrs = new LinkedHashMap<>();
    private boolean required;

    /** A widget with no attributes. */
    protected Widget() {
    }

    /** A widget with the given attributes. */
    protected Widget(Map<String, ?> attrs) {
        if (attrs != null) {
            this.attrs.putAll(attrs);
        }
    }

    /** The widget's attributes (mutable). */
    public Map<String, Object> attrs() {
        return attrs;
    }

    /** Sets one attribute and returns this widget. */
    public Widget attr(String name, Object value) {
        attrs.put(name, value);
        return this;
    }

    /** Whether the field is required (set by the field, as Django's {@code widget.is_required}). */
    public boolean isRequired() {
        return required;
    }

    /** Set by the field owning the widget. */
    public void setRequired(boolean required) {
        this.required = required;
    }

    /** True for hidden inputs. */
    public boolean isHidden() {
        return false;
    }

    /** True when the form must be sent as {@code multipart/form-data}. */
    public boolean needsMultipartForm() {
        return false;
    }

    /** True when the form layout wraps the field in a {@code <fieldset>} with a {@code <legend>}. */
    public boolean useFieldset() {
        return false;
    }

    /** False when date/time values lose their microseconds in this widget. */
    public boolean supportsMicroseconds() {
        return true;
    }

    /** The value as the widget shows it: {@code null} for {@code null} or {@code ""}, else Python's {@code str()}. */
    public Object formatValue(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        return PyFormat.str(value);
    }

    /** The submitted value of this widget's field. */
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return data.get(name);
    }

    /** True when the data has no value for this widget at all. */
    public boolean valueOmittedFromData(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return !data.containsKey(name);
    }

    /** The id a {@code <label for>} should point at, or {@code ""} for none. */
    public String idForLabel(String id) {
        return id == null ? "" : id;
    }

    /** Whether the form should add the {@code required} attribute (given the field's initial value). */
    public boolean useRequiredAttribute(Object initial) {
        return !isHidden();
    }

    /** Renders the widget with the form's extra attributes after its own. */
    public abstract SafeString render(String name, Object value, Map<String, ?> extraAttrs);

    /** Renders without extra attributes. */
    public final SafeString render(String name, Object value) {
        return render(name, value, Map.of());
    }

    /** Django's {@code build_attrs}: own attributes, then the extra ones. */
    protected Map<String, Object> buildAttrs(Map<String, ?> extraAttrs) {
        Map<String, Object> all = new LinkedHashMap<>(attrs);
        if (extraAttrs != null) {
            all.putAll(extraAttrs);
        }
        return all;
    }
}
