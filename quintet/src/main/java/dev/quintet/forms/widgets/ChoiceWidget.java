package dev.quintet.forms.widgets;

import dev.quintet.forms.Choice;
import dev.quintet.forms.internal.PyFormat;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.UploadedFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Django's {@code ChoiceWidget}: the base of {@link Select} and {@link RadioSelect}. */
@SuppressWarnings("this-escape")
public abstract class ChoiceWidget extends Widget {
    private Supplier<List<Choice>> choices;
    private Supplier<Choice> firstChoice;

    /** With attributes and choices. */
    protected ChoiceWidget(Map<String, ?> attrs, List<Choice> choices) {
        super(attrs);
        setChoices(choices);
    }

    /** The choices (computed again on each call when they come from a source). */
    public List<Choice> choices() {
        return choices.get();
    }

    /** Replaces the choices (a {@code ChoiceField} gives its own to its widget). */
    public void setChoices(List<Choice> choices) {
        List<Choice> copy = List.copyOf(choices);
        this.choices = () -> copy;
        this.firstChoice = null;
    }

    /** Takes the choices from {@code source} each time the widget renders (a model field's queryset). */
    public void setChoicesSource(Supplier<List<Choice>> source) {
        this.choices = source;
        this.firstChoice = null;
    }

    /**
     * Takes the choices from {@code source}, and the first one from {@code first} when only that one
     * is needed (so a blank choice placed before a queryset's rows costs no query, as Django's
     * {@code ModelChoiceIterator}).
     */
    public void setChoicesSource(Supplier<List<Choice>> source, Supplier<Choice> first) {
        this.choices = source;
        this.firstChoice = first;
    }

    /** The first choice, or {@code null} when there are none. */
    public Choice firstChoice() {
        if (firstChoice != null) {
            return firstChoice.get();
        }
        List<Choice> all = choices();
        return all.isEmpty() ? null : all.get(0);
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

    /** Whether each of {@code choices} is selected by {@code value}. */
    protected List<boolean[]> selection(List<Choice> choices, Object value) {
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
        List<Choice> choices = choices();
        List<boolean[]> sel = selection(choices, value);
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
