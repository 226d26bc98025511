package dev.quintet.forms.internal;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.forms.BooleanField;
import dev.quintet.forms.CharField;
import dev.quintet.forms.Choice;
import dev.quintet.forms.DateField;
import dev.quintet.forms.DateTimeField;
import dev.quintet.forms.DecimalField;
import dev.quintet.forms.EmailField;
import dev.quintet.forms.Field;
import dev.quintet.forms.FloatField;
import dev.quintet.forms.IntegerField;
import dev.quintet.forms.JSONField;
import dev.quintet.forms.ModelChoiceField;
import dev.quintet.forms.ModelMultipleChoiceField;
import dev.quintet.forms.NullBooleanField;
import dev.quintet.forms.SlugField;
import dev.quintet.forms.TimeField;
import dev.quintet.forms.TypedChoiceField;
import dev.quintet.forms.URLField;
import dev.quintet.forms.UUIDField;
import dev.quintet.forms.widgets.Textarea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Django's {@code Field.formfield()}: the form field for a model field, or {@code null} when it has none. */
public final class ModelFormFields {
    private ModelFormFields() {
    }

    /** The form field of {@code f}; {@code null} for fields forms do not edit. */
    public static Field<?, ?> formField(dev.quintet.db.models.Field<?> f) {
        Field<?, ?> field = build(f);
        if (field == null) {
            return null;
        }
        boolean forcedOptional = f instanceof dev.quintet.db.models.BooleanField;
        if (!forcedOptional) {
            field.required(!f.isBlank());
        }
        field.label(capfirst(f.verboseName()));
        if (f.helpText() != null && !f.helpText().isEmpty()) {
            field.helpText(f.helpText());
        }
        if (f.hasDefault()) {
            Object d = f.options().defaultValue();
            if (d instanceof Supplier<?>) {
                field.initial(d).showHiddenInitial(true);
            } else {
                field.initial(f.defaultValue());
            }
        }
        return field;
    }

    private static Field<?, ?> build(dev.quintet.db.models.Field<?> f) {
        if (f instanceof dev.quintet.db.models.ManyToManyField m2m) {
            return new ModelMultipleChoiceField<>(managerOf(m2m.target()).all());
        }
        if (f instanceof dev.quintet.db.models.RelatedField<?> rel) {
            return new ModelChoiceField<>(managerOf(rel.target()).all());
        }
        if (!f.choices().isEmpty()) {
            List<Choice> choices = new ArrayList<>();
            if (f.isBlank() || !f.hasDefault()) {
                choices.add(new Choice("", "---------"));
            }
            for (dev.quintet.db.models.Choice c : f.choices()) {
                choices.add(new Choice(c.value(), c.label()));
            }
            return new TypedChoiceField<Object>(choices, f::toJava, f.isNullable() ? null : "");
        }
        Map<String, Object> p = f.dbParameters();
        return switch (f.internalType()) {
            case "CharField" -> {
                CharField c = new CharField();
                if (p.get("max_length") instanceof Number n) {
                    c.maxLength(n.intValue());
                }
                yield f.isNullable() ? c.emptyValue(null) : c;
            }
            case "TextField" -> {
                CharField c = new CharField().widget(new Textarea());
                if (p.get("max_length") instanceof Number n) {
                    c.maxLength(n.intValue());
                }
                yield f.isNullable() ? c.emptyValue(null) : c;
            }
            case "EmailField" -> withMax(new EmailField(), p);
            case "URLField" -> withMax(new URLField(), p);
            case "SlugField" -> withMax(new SlugField(), p);
            case "IntegerField", "BigIntegerField", "SmallIntegerField" -> new IntegerField();
            case "PositiveIntegerField", "PositiveSmallIntegerField", "PositiveBigIntegerField" -> new IntegerField().minValue(0);
            case "BooleanField" -> f.isNullable() ? new NullBooleanField() : new BooleanField().required(false);
            case "FloatField" -> new FloatField();
            case "DecimalField" -> new DecimalField().digits(((Number) p.get("max_digits")).intValue(),
                    ((Number) p.get("decimal_places")).intValue());
            case "DateField" -> new DateField();
            case "DateTimeField" -> new DateTimeField();
            case "TimeField" -> new TimeField();
            case "UUIDField" -> new UUIDField();
            case "JSONField" -> new JSONField();
            default -> null;
        };
    }

    private static <F extends dev.quintet.forms.AbstractCharField<F>> F withMax(F field, Map<String, Object> p) {
        if (p.get("max_length") instanceof Number n) {
            field.maxLength(n.intValue());
        }
        return field;
    }

    private static dev.quintet.db.models.Manager<? extends Model> managerOf(Class<? extends Model> model) {
        return ModelMeta.of(model).manager();
    }

    /** Django's {@code capfirst}. */
    public static String capfirst(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
