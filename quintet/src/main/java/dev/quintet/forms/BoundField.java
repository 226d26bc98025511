package dev.quintet.forms;

import dev.quintet.forms.internal.Html;
import dev.quintet.forms.widgets.ChoiceWidget;
import dev.quintet.forms.widgets.Widget;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Attributes;
import dev.quintet.template.internal.Lookups;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code BoundField}: a field of one form instance, with its data, errors and HTML.
 *
 * <p>In templates it answers Django's names: {@code {{ form.title }}} (the widget),
 * {@code .errors}, {@code .label}, {@code .label_tag}, {@code .legend_tag}, {@code .help_text},
 * {@code .id_for_label}, {@code .auto_id}, {@code .html_name}, {@code .name}, {@code .value},
 * {@code .css_classes}, {@code .is_hidden}, {@code .use_fieldset}, {@code .widget_type},
 * {@code .as_hidden}, {@code .as_field_group}, {@code .data}, {@code .initial}, {@code .field},
 * {@code .form}.
 */
public final class BoundField implements HtmlSafe, Attributes, Iterable<BoundWidget> {
    private final Form form;
    private final Field<?, ?> field;
    private final String name;

    BoundField(Form form, Field<?, ?> field, String name) {
        this.form = form;
        this.field = field;
        this.name = name;
    }

    /** The form. */
    public Form form() {
        return form;
    }

    /** The field. */
    public Field<?, ?> field() {
        return field;
    }

    /** The field's name in the form. */
    public String name() {
        return name;
    }

    /** The name in the submitted data (with the form's prefix: {@code prefix-name}). */
    public String htmlName() {
        return form.addPrefix(name);
    }

    /** The name of the hidden initial value ({@code initial-prefix-name}). */
    public String htmlInitialName() {
        return form.addInitialPrefix(name);
    }

    /** The label: the field's, or the name with underscores as spaces, capitalised. */
    public String label() {
        return field.label() != null ? field.label() : prettyName(name);
    }

    /** The help text. */
    public String helpText() {
        return field.helpText();
    }

    /** The field's errors (an empty list with the field's id when none). */
    public ErrorList errors() {
        ErrorList e = form.errors().get(name);
        return e != null ? e : new ErrorList(null, autoId());
    }

    /** True for hidden widgets. */
    public boolean isHidden() {
        return field.widget().isHidden();
    }

    /** True when rendered as {@code <fieldset>} with a {@code <legend>} (radio and checkbox groups). */
    public boolean useFieldset() {
        return field.widget().useFieldset();
    }

    /** The id from the form's {@code autoId} pattern ({@code id_%s}), or {@code ""}. */
    public String autoId() {
        String pattern = form.autoIdPattern();
        if (pattern == null || pattern.isEmpty()) {
            return "";
        }
        return pattern.contains("%s") ? pattern.replace("%s", htmlName()) : htmlName();
    }

    /** The id a {@code <label>} points at. */
    public String idForLabel() {
        Widget w = field.widget();
        Object id = w.attrs().get("id");
        return w.idForLabel(id != null && !"".equals(id) ? id.toString() : autoId());
    }

    /** The raw submitted value. */
    public Object data() {
        return field.widget().valueFromDatadict(form.data(), form.files(), htmlName());
    }

    /** The initial value: the form's {@code initial}, else the field's (microseconds dropped where the widget lacks them). */
    public Object initial() {
        Object v = form.initialFor(name, field);
        if (!field.widget().supportsMicroseconds()) {
            if (v instanceof LocalDateTime dt) {
                v = dt.withNano(0);
            } else if (v instanceof LocalTime t) {
                v = t.withNano(0);
            }
        }
        return v;
    }

    /** The value the widget shows: bound data, else the initial value. */
    public Object value() {
        Object data = initial();
        if (form.isBound()) {
            data = field.boundData(data(), data);
        }
        return field.prepareValue(data);
    }

    /** The widget's class name without {@code Widget}/{@code Input}, lower case ({@code text}, {@code select}). */
    public String widgetType() {
        return field.widget().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT).replaceAll("widget$|input$", "");
    }

    /** The ids that describe the field: help text and errors. */
    public String ariaDescribedby() {
        if (field.widget().attrs().get("aria-describedby") != null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String id = autoId();
        if (!id.isEmpty() && !isHidden()) {
            if (!helpText().isEmpty()) {
                sb.append(id).append("_helptext");
            }
            if (!errors().isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(id).append("_error");
            }
        }
        return sb.toString();
    }

    /** Renders the field with a widget and extra attributes (Django's {@code as_widget}). */
    public SafeString asWidget(Widget widget, Map<String, ?> attrs, boolean onlyInitial) {
        Widget w = widget == null ? field.widget() : widget;
        Map<String, Object> extra = new LinkedHashMap<>(field.widgetAttrs(w));
        Map<String, Object> built = new LinkedHashMap<>(attrs == null ? Map.of() : attrs);
        if (w.useRequiredAttribute(initial()) && field.isRequired() && form.useRequiredAttribute()) {
            built.put("required", true);
        }
        if (field.isDisabled()) {
            built.put("disabled", true);
        }
        if (!w.isHidden() && form.isBound() && !errors().isEmpty()) {
            built.put("aria-invalid", "true");
        }
        Object given = built.get("aria-describedby");
        if ((given == null || "".equals(given)) && !useFieldset()) {
            String d = ariaDescribedby();
            if (d != null && !d.isEmpty()) {
                built.put("aria-describedby", d);
            }
        }
        String id = autoId();
        if (!id.isEmpty() && !w.attrs().containsKey("id")) {
            built.putIfAbsent("id", onlyInitial ? form.addInitialPrefix(id) : id);
        }
        extra.putAll(built);
        Object value = onlyInitial && form.data().containsKey(htmlInitialName())
                ? field.hiddenWidget().valueFromDatadict(form.data(), form.files(), htmlInitialName())
                : value();
        return w.render(onlyInitial ? htmlInitialName() : htmlName(), value, extra);
    }

    /** The field as a hidden input. */
    public SafeString asHidden() {
        return asWidget(field.hiddenWidget(), Map.of(), false);
    }

    /** The label in a {@code <label for>} tag with the label suffix, as Django's {@code label_tag}. */
    public SafeString labelTag() {
        return labelTag(null, null, null, "label");
    }

    /** The label in a {@code <legend>} tag. */
    public SafeString legendTag() {
        return labelTag(null, null, null, "legend");
    }

    /** Django's {@code label_tag(contents, attrs, label_suffix, tag)}; {@code null}s take the defaults. */
    public SafeString labelTag(String contents, Map<String, ?> attrs, String labelSuffix, String tag) {
        String text = Html.esc(contents != null ? contents : label());
        String suffix = labelSuffix != null ? labelSuffix
                : field.labelSuffix() != null ? field.labelSuffix() : form.labelSuffix();
        if (suffix != null && !suffix.isEmpty() && !text.isEmpty() && ":?.!".indexOf(text.charAt(text.length() - 1)) < 0) {
            text = text + Html.esc(suffix);
        }
        Widget w = field.widget();
        Object wid = w.attrs().get("id");
        String id = wid != null && !"".equals(wid) ? wid.toString() : autoId();
        if (id.isEmpty()) {
            return SafeString.of(text);
        }
        Map<String, Object> a = new LinkedHashMap<>(attrs == null ? Map.of() : attrs);
        String forId = w.idForLabel(id);
        if (!forId.isEmpty()) {
            a.put("for", forId);
        }
        if (field.isRequired() && form.requiredCssClass() != null) {
            Object cls = a.get("class");
            a.put("class", cls == null ? form.requiredCssClass() : cls + " " + form.requiredCssClass());
        }
        StringBuilder out = new StringBuilder();
        String t = tag == null ? "label" : tag;
        out.append('<').append(t);
        Html.attrs(out, a);
        out.append('>').append(text).append("</").append(t).append('>');
        return SafeString.of(out);
    }

    /** The CSS classes of the field's row: the form's error and required classes that apply. */
    public String cssClasses() {
        StringBuilder sb = new StringBuilder();
        if (form.errorCssClass() != null && !errors().isEmpty()) {
            sb.append(form.errorCssClass());
        }
        if (form.requiredCssClass() != null && field.isRequired()) {
            sb.append(sb.isEmpty() ? "" : " ").append(form.requiredCssClass());
        }
        return sb.toString();
    }

    /** The label, help text, errors and widget as Django's {@code field.html}. */
    public SafeString asFieldGroup() {
        return SafeString.of(dev.quintet.forms.internal.FormLayouts.fieldGroup(this));
    }

    /**
     * Django's {@code subwidgets}: one {@link BoundWidget} per option of a choice widget, or the
     * widget itself; the options' attributes start with the {@code id}, as Django builds them.
     */
    public List<BoundWidget> subwidgets() {
        Widget w = field.widget();
        Object wid = w.attrs().get("id");
        String id = wid != null && !"".equals(wid) ? wid.toString() : autoId();
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (!id.isEmpty()) {
            attrs.put("id", id);
        }
        Map<String, Object> built = new LinkedHashMap<>(field.widgetAttrs(w));
        built.putAll(attrs);
        if (w.useRequiredAttribute(initial()) && field.isRequired() && form.useRequiredAttribute()) {
            built.put("required", true);
        }
        if (field.isDisabled()) {
            built.put("disabled", true);
        }
        if (!w.isHidden() && form.isBound() && !errors().isEmpty()) {
            built.put("aria-invalid", "true");
        }
        String described = useFieldset() ? null : ariaDescribedby();
        if (described != null && !described.isEmpty()) {
            built.put("aria-describedby", described);
        }
        List<BoundWidget> out = new ArrayList<>();
        if (w instanceof ChoiceWidget cw) {
            for (ChoiceWidget.Option o : cw.options(htmlName(), value(), built)) {
                out.add(new BoundWidget(cw, o));
            }
        } else {
            out.add(new BoundWidget(w.render(htmlName(), value(), built), id));
        }
        return out;
    }

    @Override
    public Iterator<BoundWidget> iterator() {
        return subwidgets().iterator();
    }

    /** Whether the submitted value differs from the initial value. */
    public boolean hasChanged() {
        return form.fieldHasChanged(this);
    }

    @Override
    public SafeString toHtml() {
        SafeString html = asWidget(null, Map.of(), false);
        if (field.isShowHiddenInitial()) {
            return SafeString.of(html + asWidget(field.hiddenWidget(), Map.of(), true).toString());
        }
        return html;
    }

    @Override
    public String toString() {
        return toHtml().toString();
    }

    @Override
    public Object attribute(String attr) {
        return switch (attr) {
            case "errors" -> errors();
            case "label" -> label();
            case "label_tag" -> labelTag();
            case "legend_tag" -> legendTag();
            case "help_text" -> helpText();
            case "id_for_label" -> idForLabel();
            case "auto_id" -> autoId();
            case "html_name" -> htmlName();
            case "html_initial_name" -> htmlInitialName();
            case "name" -> name;
            case "value" -> value();
            case "css_classes" -> cssClasses();
            case "is_hidden" -> isHidden();
            case "use_fieldset" -> useFieldset();
            case "widget_type" -> widgetType();
            case "as_hidden" -> asHidden();
            case "as_field_group" -> asFieldGroup();
            case "data" -> data();
            case "initial" -> initial();
            case "field" -> field;
            case "form" -> form;
            case "aria_describedby" -> ariaDescribedby();
            case "subwidgets" -> subwidgets();
            default -> Lookups.invoke(Lookups.accessorFor(BoundField.class, attr), this);
        };
    }

    /** Django's {@code pretty_name}: underscores as spaces, first letter upper case, the rest lower case. */
    static String prettyName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String s = name.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
