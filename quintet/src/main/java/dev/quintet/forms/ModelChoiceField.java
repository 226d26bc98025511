package dev.quintet.forms;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.forms.widgets.ChoiceWidget;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.Select;
import dev.quintet.forms.widgets.Widget;
import dev.quintet.forms.internal.PyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code ModelChoiceField}: one model instance chosen by primary key among a
 * {@link QuerySet}'s rows (evaluated each time the field renders or cleans). Options show
 * {@code toString()} of each instance, after the empty label {@code "---------"}.
 *
 * @param <M> the model
 */
@SuppressWarnings("this-escape")
public class ModelChoiceField<M extends Model> extends Field<M, ModelChoiceField<M>> {
    private final QuerySet<M> queryset;
    private String emptyLabel = "---------";

    /** A required select over {@code queryset}. */
    public ModelChoiceField(QuerySet<M> queryset) {
        super(new Select(), new HiddenInput());
        this.queryset = queryset;
        defaultMessage("invalid_choice", "Select a valid choice. That choice is not one of the available choices.");
        ((ChoiceWidget) widget()).setChoicesSource(this::choices, this::firstChoice);
    }

    /** The label of the empty choice ({@code null}: none). */
    public ModelChoiceField<M> emptyLabel(String label) {
        this.emptyLabel = label;
        return this;
    }

    /** The queryset. */
    public QuerySet<M> queryset() {
        return queryset;
    }

    private Choice firstChoice() {
        if (emptyLabel != null && !(isRequired() && initial() != null)) {
            return new Choice("", emptyLabel);
        }
        List<Choice> all = choices();
        return all.isEmpty() ? null : all.get(0);
    }

    /** The choices: the empty label (unless required with an initial value), then each row. */
    public List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        if (emptyLabel != null && !(isRequired() && initial() != null)) {
            out.add(new Choice("", emptyLabel));
        }
        for (M m : queryset.list()) {
            out.add(new Choice(m.pk(), m.toString()));
        }
        return out;
    }

    @Override
    public ModelChoiceField<M> widget(Widget widget) {
        super.widget(widget);
        if (widget instanceof ChoiceWidget c) {
            c.setChoicesSource(this::choices, this::firstChoice);
        }
        return this;
    }

    @Override
    public Object prepareValue(Object value) {
        return value instanceof Model m ? m.pk() : value;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected M toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        Object key = value instanceof Model m && queryset.model().modelClass().isInstance(m) ? m.pk() : value;
        try {
            return queryset.filter("pk", pk(key)).first().orElseThrow(() -> error("invalid_choice", Map.of("value", key)));
        } catch (IllegalArgumentException e) {
            throw error("invalid_choice", Map.of("value", key));
        }
    }

    private Object pk(Object value) {
        Class<?> type = queryset.model().pk().javaType();
        String s = PyFormat.str(value).strip();
        if (type == Long.class || type == long.class) {
            return Long.valueOf(s);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(s);
        }
        if (type == java.util.UUID.class) {
            return java.util.UUID.fromString(s);
        }
        return s;
    }

    Object pkOf(Object value) {
        return pk(value);
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        if (isDisabled()) {
            return false;
        }
        String i = initialValue == null ? "" : PyFormat.str(prepareValue(initialValue));
        String d = data == null ? "" : PyFormat.str(data);
        return !i.equals(d);
    }
}
