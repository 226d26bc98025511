package dev.quintet.db.models;

import java.util.List;

/**
 * The options every field shares (Django's {@code Field.__init__} keyword arguments), as an immutable value.
 * Read them from {@link Field#options()}; set them with the field's chained methods.
 *
 * @param nullable     {@code null=True}: the column accepts NULL
 * @param blank        {@code blank=True}: {@link Model#fullClean()} accepts empty values
 * @param defaultValue a constant, a {@link java.util.function.Supplier}, or {@link #NO_DEFAULT}
 * @param unique       a UNIQUE constraint on the column
 * @param dbIndex      an index on the column
 * @param choices      allowed values and labels (empty: any value)
 * @param validators   extra validators run by {@code fullClean()}
 * @param dbColumn     the column name, or {@code null} for the default
 * @param verboseName  the human-readable name, or {@code null} for the default
 * @param helpText     help text for forms
 * @param primaryKey   this field is the primary key
 * @param editable     shown in forms and admin
 */
public record FieldOptions(boolean nullable, boolean blank, Object defaultValue, boolean unique, boolean dbIndex,
                           List<Choice> choices, List<Validator> validators, String dbColumn, String verboseName,
                           String helpText, boolean primaryKey, boolean editable) {
    /** Marker for "no default" (distinct from a default of {@code null}). */
    public static final Object NO_DEFAULT = new Object() {
        @Override
        public String toString() {
            return "NOT_PROVIDED";
        }
    };

    /** The defaults of a new field. */
    public static final FieldOptions DEFAULTS = new FieldOptions(false, false, NO_DEFAULT, false, false,
            List.of(), List.of(), null, null, "", false, true);

    /** Copies the lists. */
    public FieldOptions {
        choices = List.copyOf(choices);
        validators = List.copyOf(validators);
    }

    FieldOptions withNullable(boolean v) { return new FieldOptions(v, blank, defaultValue, unique, dbIndex, choices, validators, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withBlank(boolean v) { return new FieldOptions(nullable, v, defaultValue, unique, dbIndex, choices, validators, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withDefault(Object v) { return new FieldOptions(nullable, blank, v, unique, dbIndex, choices, validators, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withUnique(boolean v) { return new FieldOptions(nullable, blank, defaultValue, v, dbIndex, choices, validators, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withDbIndex(boolean v) { return new FieldOptions(nullable, blank, defaultValue, unique, v, choices, validators, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withChoices(List<Choice> v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, v, validators, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withValidators(List<Validator> v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, choices, v, dbColumn, verboseName, helpText, primaryKey, editable); }
    FieldOptions withDbColumn(String v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, choices, validators, v, verboseName, helpText, primaryKey, editable); }
    FieldOptions withVerboseName(String v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, choices, validators, dbColumn, v, helpText, primaryKey, editable); }
    FieldOptions withHelpText(String v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, choices, validators, dbColumn, verboseName, v, primaryKey, editable); }
    FieldOptions withPrimaryKey(boolean v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, choices, validators, dbColumn, verboseName, helpText, v, editable); }
    FieldOptions withEditable(boolean v) { return new FieldOptions(nullable, blank, defaultValue, unique, dbIndex, choices, validators, dbColumn, verboseName, helpText, primaryKey, v); }
}
