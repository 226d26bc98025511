package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A model field: an immutable declaration of one column (or, for {@link ManyToManyField}, one relation table).
 *
 * <p>Every option method returns a new field, so declarations chain:
 * {@code CharField.maxLength(200).unique().blank()}. Once a model is built, its fields carry their
 * {@link #name()} and owning model; {@link ModelMeta#fields()} lists them for introspection (forms, admin,
 * migrations). Two fields are {@link #equals equal} when their class, name, options and parameters are.
 *
 * <h2>How it works</h2>
 * A field converts values three ways: {@link #toJava} coerces what a user assigned to the field's canonical
 * Java type (Django's {@code to_python}); {@link #toDb} turns a value into what JDBC binds
 * ({@code get_db_prep_value}); {@link #fromDb} reads a column back.
 *
 * @param <F> the concrete field type, so option methods keep it
 */
public abstract class Field<F extends Field<F>> {
    final FieldOptions opts;
    final String name;
    final Class<?> model;
    /** The column name, computed on first use: the field is immutable, so a racy re-computation is harmless. */
    private String column;

    /** A field with the given options, not yet bound to a model. */
    protected Field(FieldOptions opts, String name, Class<?> model) {
        this.opts = opts;
        this.name = name;
        this.model = model;
    }

    /** Returns a copy of this field with other options, name and owner (implemented by every field class). */
    protected abstract F copy(FieldOptions opts, String name, Class<?> model);

    /** Django's internal type name ({@code "CharField"}, {@code "ForeignKey"}...), the key of column types. */
    public abstract String internalType();

    /** The canonical Java type of the field's values ({@code String}, {@code Integer}, {@code Instant}...). */
    public abstract Class<?> javaType();

    /** Type parameters used in column types, e.g. {@code max_length} (empty by default). */
    public Map<String, Object> dbParameters() {
        return Map.of();
    }

    // ---- options -------------------------------------------------------------------------------------

    /** Django's {@code null=True}. */
    public F nullable() { return copy(opts.withNullable(true), name, model); }
    /** Django's {@code blank=True}. */
    public F blank() { return copy(opts.withBlank(true), name, model); }
    /** A constant default value. */
    public F withDefault(Object value) { return copy(opts.withDefault(value), name, model); }
    /** A default computed for each new instance (Django's callable default). */
    public F withDefault(Supplier<?> supplier) { return copy(opts.withDefault(supplier), name, model); }
    /** A UNIQUE constraint. */
    public F unique() { return copy(opts.withUnique(true), name, model); }
    /** An index on the column. */
    public F dbIndex() { return copy(opts.withDbIndex(true), name, model); }
    /** The allowed values with their labels. */
    public F choices(List<Choice> choices) { return copy(opts.withChoices(choices), name, model); }
    /** The allowed values as alternating value, label pairs: {@code choices("d", "Draft", "p", "Published")}. */
    public F choices(Object... valueLabelPairs) {
        if (valueLabelPairs.length % 2 != 0) {
            throw new IllegalArgumentException("choices() takes value, label pairs");
        }
        List<Choice> list = new ArrayList<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            list.add(new Choice(valueLabelPairs[i], String.valueOf(valueLabelPairs[i + 1])));
        }
        return choices(list);
    }
    /** Extra validators run by {@link Model#fullClean()}. */
    public F validators(Validator... validators) {
        List<Validator> all = new ArrayList<>(opts.validators());
        all.addAll(Arrays.asList(validators));
        return copy(opts.withValidators(all), name, model);
    }
    /** The column name (default: the field name in snake_case, plus {@code _id} for a foreign key). */
    public F dbColumn(String column) { return copy(opts.withDbColumn(column), name, model); }
    /** The human-readable name. */
    public F verboseName(String verboseName) { return copy(opts.withVerboseName(verboseName), name, model); }
    /** Help text for forms. */
    public F helpText(String helpText) { return copy(opts.withHelpText(helpText), name, model); }
    /** Makes this field the primary key (implies unique and not null). */
    public F primaryKey() { return copy(opts.withPrimaryKey(true), name, model); }
    /** Hides the field from forms (Django's {@code editable=False}). */
    public F notEditable() { return copy(opts.withEditable(false), name, model); }

    F bind(String fieldName, Class<?> owner) {
        return copy(opts, fieldName, owner);
    }

    /**
     * A copy of this declaration with a name, as a model would bind it (for schema operations outside a model,
     * e.g. migrations adding a column).
     */
    public F named(String fieldName) {
        return bind(fieldName, model);
    }

    // ---- introspection -------------------------------------------------------------------------------

    /** All shared options as one value. */
    public FieldOptions options() { return opts; }
    /** The field's name in its model ({@code null} before the model is built). */
    public String name() { return name; }
    /** The model class that declares the field ({@code null} for auto-created relation tables). */
    public Class<?> model() { return model; }
    /** The attribute name holding the raw column value ({@code author_id} for a foreign key). */
    public String attname() { return name; }
    /** The column name. */
    public String column() {
        String c = column;
        if (c == null) {
            c = opts.dbColumn() != null ? opts.dbColumn() : dev.quintet.db.models.internal.Names.snake(attname());
            column = c;
        }
        return c;
    }
    /** Whether the column accepts NULL. */
    public boolean isNullable() { return opts.nullable(); }
    /** Whether {@code fullClean()} accepts empty values. */
    public boolean isBlank() { return opts.blank(); }
    /** Whether the column is unique (always for a primary key). */
    public boolean isUnique() { return opts.unique() || opts.primaryKey(); }
    /** Whether the field is the primary key. */
    public boolean isPrimaryKey() { return opts.primaryKey(); }
    /** Whether an index is requested. */
    public boolean isDbIndex() { return opts.dbIndex(); }
    /** Whether the field has a default. */
    public boolean hasDefault() { return opts.defaultValue() != FieldOptions.NO_DEFAULT; }
    /** Whether the field is shown in forms. */
    public boolean isEditable() { return opts.editable(); }
    /** The allowed values. */
    public List<Choice> choices() { return opts.choices(); }
    /** The help text. */
    public String helpText() { return opts.helpText(); }
    /** Whether the field is a relation (foreign key, one-to-one, many-to-many). */
    public boolean isRelation() { return false; }
    /** Whether the field has a column in its model's table ({@code false} for many-to-many). */
    public boolean isConcrete() { return true; }
    /** Whether the database generates the value on insert (auto primary keys). */
    public boolean isAutoGenerated() { return false; }

    /** The human-readable name: the declared one, or the field name split on capitals ({@code createdAt} is "created at"). */
    public String verboseName() {
        if (opts.verboseName() != null) {
            return opts.verboseName();
        }
        return name == null ? null : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /** The default for a new instance: the constant, the supplier's value, or {@code null} (empty string for text fields, as Django). */
    public Object defaultValue() {
        Object d = opts.defaultValue();
        if (d == FieldOptions.NO_DEFAULT) {
            return emptyDefault();
        }
        return d instanceof Supplier<?> s ? s.get() : d;
    }

    /** The value used when no default is declared. */
    protected Object emptyDefault() {
        return null;
    }

    // ---- conversions ---------------------------------------------------------------------------------

    /** Coerces a value to {@link #javaType()}; throws {@link ValidationError} with Django's message if impossible. */
    public Object toJava(Object value) {
        return value;
    }

    /** The value JDBC binds for {@code value} (after {@link #toJava}), via the dialect's conversions. */
    public Object toDb(Object value, Dialect dialect) {
        return value == null ? null : dialect.toDb(toJava(value));
    }

    /** Reads the column at {@code index} as the canonical Java value, or {@code null}. */
    public abstract Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException;

    /** The placeholder for this field's parameters (e.g. {@code CAST(? AS jsonb)} for JSON on PostgreSQL). */
    public String placeholder(Dialect dialect) {
        return "?";
    }

    /** The values that {@code fullClean()} treats as empty for {@code blank}. */
    protected boolean isEmpty(Object value) {
        return value == null || (value instanceof CharSequence cs && cs.isEmpty());
    }

    /**
     * Django's {@code Field.clean()} minus the conversion: checks null, blank, choices, the field's own rules
     * and validators, adding messages to {@code errors}.
     */
    public void validate(Object value, List<String> errors) {
        if (!isEditable() && !isPrimaryKey()) {
            return;
        }
        if (value == null && !isNullable() && !isAutoGenerated()) {
            errors.add("This field cannot be null.");
            return;
        }
        if (isEmpty(value) && !isBlank() && !isAutoGenerated()) {
            errors.add("This field cannot be blank.");
            return;
        }
        if (isEmpty(value)) {
            return;
        }
        if (!choices().isEmpty()
                && choices().stream().noneMatch(c -> Objects.equals(toJava(c.value()), value))) {
            errors.add("Value " + pyRepr(value) + " is not a valid choice.");
        }
        checkValue(value, errors);
        for (Validator v : opts.validators()) {
            try {
                v.validate(value);
            } catch (ValidationError e) {
                errors.addAll(e.messages());
            }
        }
    }

    /** Field-specific checks (length, digits...), adding messages to {@code errors}. */
    protected void checkValue(Object value, List<String> errors) {
    }

    static String pyRepr(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /** An error for a value of the wrong type, worded as Django's {@code to_python}. */
    protected ValidationError invalid(Object value, String expected) {
        return new ValidationError("“" + value + "” value must be " + expected + ".");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field<?> f && f.getClass() == getClass() && Objects.equals(f.name, name)
                && f.opts.equals(opts) && f.dbParameters().equals(dbParameters());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), name, dbParameters());
    }

    @Override
    public String toString() {
        return (model == null ? "" : model.getSimpleName() + ".") + (name == null ? internalType() : name);
    }
}
