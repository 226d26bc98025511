package dev.quintet.db.migrations.internal;

import dev.quintet.db.migrations.MigrationError;
import dev.quintet.db.migrations.RelationField;
import dev.quintet.db.models.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders field declarations, constraints and values as Java source ({@code CharField.maxLength(200).unique()}),
 * the inverse of the field builders; the autodetector also compares fields by this rendering.
 */
public final class JavaSource {
    private JavaSource() {
    }

    private record Base(String source, Field<?> field) {
    }

    /** The Java expression that declares {@code f} (without its name). */
    public static String field(Field<?> declared) {
        Field<?> f = RelationField.historical(declared);
        Base base = base(f);
        StringBuilder b = new StringBuilder(base.source());
        FieldOptions o = f.options();
        FieldOptions d = base.field().options();
        if (o.nullable() && !d.nullable()) {
            b.append(".nullable()");
        }
        if (o.blank() && !d.blank()) {
            b.append(".blank()");
        }
        Object dflt = o.defaultValue();
        if (dflt != FieldOptions.NO_DEFAULT && !(dflt instanceof Supplier<?>)) {
            b.append(".withDefault(").append(literal(dflt)).append(')');
        }
        if (o.unique() && !d.unique()) {
            b.append(".unique()");
        }
        if (o.dbIndex() && !d.dbIndex()) {
            b.append(".dbIndex()");
        }
        if (!o.choices().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Choice c : o.choices()) {
                parts.add(literal(c.value()));
                parts.add(literal(c.label()));
            }
            b.append(".choices(").append(String.join(", ", parts)).append(')');
        }
        if (o.dbColumn() != null) {
            b.append(".dbColumn(").append(literal(o.dbColumn())).append(')');
        }
        if (o.verboseName() != null && !o.verboseName().equals(d.verboseName())) {
            b.append(".verboseName(").append(literal(o.verboseName())).append(')');
        }
        if (o.helpText() != null && !o.helpText().equals(d.helpText())) {
            b.append(".helpText(").append(literal(o.helpText())).append(')');
        }
        if (o.primaryKey() && !d.primaryKey()) {
            b.append(".primaryKey()");
        }
        if (!o.editable() && d.editable()) {
            b.append(".notEditable()");
        }
        return b.toString();
    }

    /** Whether {@code f}'s default can be written into a migration (a constant, not a supplier). */
    public static boolean hasWritableDefault(Field<?> f) {
        return f.hasDefault() && !(f.options().defaultValue() instanceof Supplier<?>);
    }

    private static Base base(Field<?> f) {
        return switch (f) {
            case CharField c -> new Base("CharField.maxLength(" + c.maxLength() + ")", CharField.maxLength(c.maxLength()));
            case EmailField c -> new Base("EmailField.maxLength(" + c.maxLength() + ")", EmailField.maxLength(c.maxLength()));
            case URLField c -> new Base("URLField.maxLength(" + c.maxLength() + ")", URLField.maxLength(c.maxLength()));
            case SlugField c -> new Base("SlugField.maxLength(" + c.maxLength() + ")", SlugField.maxLength(c.maxLength()));
            case TextField t -> new Base("TextField.of()", TextField.of());
            case DecimalField x -> new Base("DecimalField.of(" + x.maxDigits() + ", " + x.decimalPlaces() + ")",
                    DecimalField.of(x.maxDigits(), x.decimalPlaces()));
            case DateTimeField x -> new Base("DateTimeField.of()" + autoNow(x.dbParameters()), dateTime(x.dbParameters()));
            case DateField x -> new Base("DateField.of()" + autoNow(x.dbParameters()), date(x.dbParameters()));
            case RelationField x -> relation(x);
            case AutoField x -> new Base("AutoField.of()", AutoField.of());
            case BigAutoField x -> new Base("BigAutoField.of()", BigAutoField.of());
            case IntegerField x -> new Base("IntegerField.of()", IntegerField.of());
            case BigIntegerField x -> new Base("BigIntegerField.of()", BigIntegerField.of());
            case SmallIntegerField x -> new Base("SmallIntegerField.of()", SmallIntegerField.of());
            case PositiveIntegerField x -> new Base("PositiveIntegerField.of()", PositiveIntegerField.of());
            case BooleanField x -> new Base("BooleanField.of()", BooleanField.of());
            case FloatField x -> new Base("FloatField.of()", FloatField.of());
            case TimeField x -> new Base("TimeField.of()", TimeField.of());
            case DurationField x -> new Base("DurationField.of()", DurationField.of());
            case UUIDField x -> new Base("UUIDField.of()", UUIDField.of());
            case JSONField x -> new Base("JSONField.of()", JSONField.of());
            case BinaryField x -> new Base("BinaryField.of()", BinaryField.of());
            default -> throw new MigrationError("Cannot write field " + f + " of type " + f.getClass().getName() + " into a migration");
        };
    }

    private static DateTimeField dateTime(Map<String, Object> params) {
        return withAutoNow(DateTimeField.of(), params);
    }

    private static DateField date(Map<String, Object> params) {
        return withAutoNow(DateField.of(), params);
    }

    private static <F extends AutoNowField<F>> F withAutoNow(F field, Map<String, Object> params) {
        F f = Boolean.TRUE.equals(params.get("auto_now")) ? field.autoNow() : field;
        return Boolean.TRUE.equals(params.get("auto_now_add")) ? f.autoNowAdd() : f;
    }

    private static String autoNow(Map<String, Object> params) {
        return (Boolean.TRUE.equals(params.get("auto_now")) ? ".autoNow()" : "")
                + (Boolean.TRUE.equals(params.get("auto_now_add")) ? ".autoNowAdd()" : "");
    }

    /** A relation by its target's label: {@code RelationField.foreignKey("people.author").onDelete(OnDelete.SET_NULL)}. */
    private static Base relation(RelationField x) {
        String factory = switch (x.kind()) {
            case FOREIGN_KEY -> "foreignKey";
            case ONE_TO_ONE -> "oneToOne";
            case MANY_TO_MANY -> "manyToMany";
        };
        RelationField plain = switch (x.kind()) {
            case FOREIGN_KEY -> RelationField.foreignKey(x.to());
            case ONE_TO_ONE -> RelationField.oneToOne(x.to());
            case MANY_TO_MANY -> RelationField.manyToMany(x.to());
        };
        return new Base("RelationField." + factory + "(" + quote(x.to()) + ")"
                + (x.onDeleteAction() != OnDelete.CASCADE ? ".onDelete(OnDelete." + x.onDeleteAction().name() + ")" : "")
                + (x.hasDbConstraint() ? "" : ".noDbConstraint()")
                + (x.throughModel() != null ? ".through(" + quote(x.throughModel()) + ")" : "")
                + (x.declaredDbTable() != null ? ".dbTable(" + quote(x.declaredDbTable()) + ")" : ""), plain);
    }

    /** A Java literal for a value (strings, numbers, booleans, enums, dates, big decimals, UUIDs, lists). */
    public static String literal(Object v) {
        return switch (v) {
            case null -> "null";
            case String s -> quote(s);
            case Integer i -> i.toString();
            case Long l -> l + "L";
            case Short s -> "(short) " + s;
            case Double dd -> dd.isNaN() || dd.isInfinite() ? "Double." + (dd.isNaN() ? "NaN" : dd > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY") : dd + "d";
            case Float ff -> ff + "f";
            case Boolean bo -> bo.toString();
            case BigDecimal bd -> "new java.math.BigDecimal(" + quote(bd.toPlainString()) + ")";
            case Enum<?> e -> e.getDeclaringClass().getName().replace('$', '.') + "." + e.name();
            case java.time.LocalDate ld -> "java.time.LocalDate.parse(" + quote(ld.toString()) + ")";
            case java.time.LocalTime lt -> "java.time.LocalTime.parse(" + quote(lt.toString()) + ")";
            case java.time.Instant in -> "java.time.Instant.parse(" + quote(in.toString()) + ")";
            case java.time.Duration du -> "java.time.Duration.parse(" + quote(du.toString()) + ")";
            case java.util.UUID u -> "java.util.UUID.fromString(" + quote(u.toString()) + ")";
            case List<?> l -> "List.of(" + String.join(", ", l.stream().map(JavaSource::literal).toList()) + ")";
            default -> throw new MigrationError("Cannot write the value " + v + " (" + v.getClass().getName()
                    + ") into a migration: use a constant of a simple type");
        };
    }

    /** A quoted, escaped Java string literal. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A string list as {@code List.of("a", "b")}. */
    public static String strings(List<String> list) {
        return "List.of(" + String.join(", ", list.stream().map(JavaSource::quote).toList()) + ")";
    }

    /** A constraint as Java. */
    public static String constraint(Constraint c) {
        return switch (c) {
            case Constraint.Unique u -> "Constraint.unique(" + String.join(", ",
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(u.name()), u.fields().stream()).map(JavaSource::quote).toList()) + ")";
            case Constraint.Check ch -> "Constraint.check(" + quote(ch.name()) + ", " + q(ch.condition()) + ")";
        };
    }

    /** An index as Java. */
    public static String index(Index i) {
        return "Index.of(" + String.join(", ", java.util.stream.Stream.concat(java.util.stream.Stream.of(i.name()),
                i.fields().stream()).map(JavaSource::quote).toList()) + ")";
    }

    private static String q(Q q) {
        List<String> parts = new ArrayList<>();
        for (Object child : q.children()) {
            parts.add(child instanceof Q.Leaf leaf ? "Q.of(" + quote(leaf.lookup()) + ", " + literal(leaf.value()) + ")" : q((Q) child));
        }
        String joiner = q.connector() == Q.Connector.AND ? ".and(" : ".or(";
        StringBuilder b = new StringBuilder(parts.isEmpty() ? "Q.empty()" : parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            b.append(joiner).append(parts.get(i)).append(')');
        }
        return q.negated() ? b + ".not()" : b.toString();
    }
}
