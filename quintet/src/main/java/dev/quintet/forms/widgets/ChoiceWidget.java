package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import dev.quintet.forms.internal.PyFormat;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Django's {@code ChoiceWidget}: the base of {@link Select} and {@link RadioSelect}. */
@SuppressWarnings("this-escape")
public abstract class ChoiceWidget extends Widget {
    private List<Choice> choices;

    /** With attributes and choices. */
    protected ChoiceWidget(Map<String, ?> attrs, List<Choice> choices) {
        super(attrs);
        this.choices = List.copyOf(choices);
    }

    /** The choices. */
    public List<Choice> choices() {
        return choices;
    }

    /** Replaces the choices (a {@code ChoiceField} gives its own to its widget). */
    public void setChoices(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /** True for widgets that select several values. */
    public boolean allowMultipleSelected() {
        return false;
    }

    /** The value as the list of selected strings (Django's {@code format_value}). */
    @Override
    public Object formatValue(Object value) {
        if (value == null && allowMultipleSelected()) {
            return List.of();
        }
        Collection<?> values = value instanceof Collection<?> c ? c
                : value instanceof Object[] arr ? List.of(arr) : java.util.Collections.singletonList(value);
        List<String> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(v == null ? "" : PyFormat.str(v));
        }
        return out;
    }

    /** Each choice's value as rendered, and whether it is selected. */
    protected List<boolean[]> selection(Object value) {
        @SuppressWarnings("unchecked")
        List<String> selected = (List<String>) formatValue(value);
        List<boolean[]> out = new ArrayList<>(choices.size());
        boolean hasSelected = false;
        for (Choice c : choices) {
            String v = optionValue(c);
            boolean sel = (!hasSelected || allowMultipleSelected()) && selected.contains(v);
            hasSelected |= sel;
            out.add(new boolean[] {sel});
        }
        return out;
    }

    /**
     * One option of a rendered choice widget (Django's {@code create_option} data).
     *
     * @param name the input name
     * @param value the value attribute
     * @param label the label
     * @param selected whether it is selected/checked
     * @param index its position
     * @param attrs its attributes ({@code id} suffixed with the index, {@code checked}/{@code selected})
     */
    public record Option(String name, String value, String label, boolean selected, int index, Map<String, Object> attrs) {
    }

    /** Whether options carry the widget's attributes (radio and checkbox inputs do, select options do not). */
    protected boolean optionInheritsAttrs() {
        return false;
    }

    /** The attribute marking a selected option. */
    protected String selectedAttribute() {
        return "selected";
    }

    /** Django's {@code options()}: each choice with its attributes, as {@code {% for radio in form.x %}} sees them. */
    public List<Option> options(String name, Object value, Map<String, ?> extraAttrs) {
        List<boolean[]> sel = selection(value);
        List<Option> out = new ArrayList<>(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            Map<String, Object> a = optionInheritsAttrs() ? buildAttrs(extraAttrs) : new java.util.LinkedHashMap<>();
            boolean selected = sel.get(i)[0];
            if (selected) {
                a.put(selectedAttribute(), true);
            }
            if (a.containsKey("id")) {
                a.put("id", a.get("id") + "_" + i);
            }
            out.add(new Option(name, optionValue(c), c.label(), selected, i, a));
        }
        return out;
    }

    /** One option's HTML; {@code wrapLabel} puts a radio or checkbox input inside its {@code <label>}. */
    public abstract String renderOption(Option option, boolean wrapLabel);

    /** A choice's value as the {@code value} attribute shows it. */
    protected static String optionValue(Choice c) {
        return c.value() == null ? "" : PyFormat.str(c.value());
    }

    @Override
    public Object valueFromDatadict(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        if (allowMultipleSelected()) {
            return data.getList(name);
        }
        return data.get(name);
    }

    @Override
    public boolean valueOmittedFromData(MultiValueDict<String> data, MultiValueDict<UploadedFile> files, String name) {
        return !allowMultipleSelected() && !data.containsKey(name);
    }
}
