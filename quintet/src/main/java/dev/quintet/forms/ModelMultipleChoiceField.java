package dev.quintet.forms;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.forms.internal.PyFormat;
import dev.quintet.forms.widgets.ChoiceWidget;
import dev.quintet.forms.widgets.MultipleHiddenInput;
import dev.quintet.forms.widgets.SelectMultiple;
import dev.quintet.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code ModelMultipleChoiceField}: a list of model instances chosen by primary key.
 *
 * @param <M> the model
 */
@SuppressWarnings("this-escape")
public class ModelMultipleChoiceField<M extends Model> extends Field<List<M>, ModelMultipleChoiceField<M>> {
    private final ModelChoiceField<M> single;

    /** A required multiple select over {@code queryset}. */
    public ModelMultipleChoiceField(QuerySet<M> queryset) {
        super(new SelectMultiple(), new MultipleHiddenInput());
        this.single = new ModelChoiceField<>(queryset).emptyLabel(null);
        ((ChoiceWidget) widget()).setChoicesSource(single::choices);
        defaultMessage("invalid_list", "Enter a list of values.");
        defaultMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
        defaultMessage("invalid_pk_value", "“%(pk)s” is not a valid value.");
    }

    /** The queryset. */
    public QuerySet<M> queryset() {
        return single.queryset();
    }

    @Override
    public ModelMultipleChoiceField<M> widget(Widget widget) {
        super.widget(widget);
        if (widget instanceof ChoiceWidget c) {
            c.setChoicesSource(() -> single.choices());
        }
        return this;
    }

    @Override
    public Object prepareValue(Object value) {
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object o : c) {
                out.add(o instanceof Model m ? m.pk() : o);
            }
            return out;
        }
        return value;
    }

    @Override
    protected List<M> toPython(Object value) {
        if (value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty()) {
            return List.of();
        }
        if (!(value instanceof Collection<?> values)) {
            throw error("invalid_list");
        }
        List<Object> pks = new ArrayList<>();
        for (Object v : values) {
            try {
                pks.add(single.pkOf(v instanceof Model m ? m.pk() : v));
            } catch (IllegalArgumentException e) {
                throw error("invalid_pk_value", Map.of("pk", v));
            }
        }
        List<M> found = single.queryset().filter("pk__in", pks).list();
        Set<String> keys = new HashSet<>();
        found.forEach(m -> keys.add(PyFormat.str(m.pk())));
        for (Object v : values) {
            String s = PyFormat.str(v instanceof Model m ? m.pk() : v);
            if (!keys.contains(s)) {
                throw error("invalid_choice", Map.of("value", s));
            }
        }
        return found;
    }

    @Override
    protected void validate(List<M> value) {
        if (isRequired() && value.isEmpty()) {
            throw error("required");
        }
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        if (isDisabled()) {
            return false;
        }
        Set<String> a = new HashSet<>();
        Object prepared = prepareValue(initialValue);
        if (prepared instanceof Collection<?> c) {
            c.forEach(o -> a.add(PyFormat.str(o)));
        }
        Set<String> b = new HashSet<>();
        if (data instanceof Collection<?> c) {
            c.forEach(o -> b.add(PyFormat.str(o)));
        }
        return !a.equals(b);
    }
}
