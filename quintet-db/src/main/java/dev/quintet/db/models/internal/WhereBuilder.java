package dev.quintet.db.models.internal;

import dev.quintet.db.Sql;
import dev.quintet.db.models.DateField;
import dev.quintet.db.models.DateTimeField;
import dev.quintet.db.models.Expression;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.FieldError;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.QuerySet;
import dev.quintet.db.models.TimeField;
import dev.quintet.db.models.ValidationError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Compiles {@link Q} trees into WHERE/HAVING conditions: resolves each leaf's path, applies transforms
 * ({@code year}, {@code date}...) and the lookup, converts values through the field, and gives negations Django's
 * semantics (NULLs kept by {@code exclude}, multi-valued relations excluded through a subquery).
 */
final class WhereBuilder {
    private final Compiler c;

    WhereBuilder(Compiler c) {
        this.c = c;
    }

    Sql compile(Q q, boolean negatedContext) {
        boolean negated = negatedContext ^ q.negated();
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Object child : q.children()) {
            Sql s = child instanceof Q.Leaf leaf ? leaf(leaf, negated) : compile((Q) child, negated);
            parts.add(s.text());
            params.addAll(s.params());
        }
        if (parts.isEmpty()) {
            return new Sql(q.negated() ? "1 = 0" : "1 = 1", List.of());
        }
        String joined = parts.size() == 1 ? parts.getFirst()
                : "(" + String.join(q.connector() == Q.Connector.AND ? " AND " : " OR ", parts) + ")";
        return new Sql(q.negated() ? "NOT (" + joined + ")" : joined, params);
    }

    /** Whether a filter call names an aggregate annotation, so belongs in HAVING. */
    boolean refersToAggregate(Q q) {
        for (Q.Leaf l : q.leaves()) {
            if (l.lookup().isEmpty()) {
                if (((Expression) l.value()).containsAggregate()) {
                    return true;
                }
                continue;
            }
            Query.Annotation a = c.annotations.get(l.lookup().split("__")[0]);
            if (a != null && a.expression().containsAggregate()) {
                return true;
            }
        }
        return false;
    }

    private Sql leaf(Q.Leaf leaf, boolean negated) {
        if (leaf.lookup().isEmpty()) {
            return ((Expression) leaf.value()).compile(c);
        }
        String first = leaf.lookup().split("__")[0];
        if (negated && !c.annotations.containsKey(first) && PathResolver.isMultiValued(c.query.model(), stripLookup(leaf.lookup()))) {
            return excludeSubquery(leaf);
        }
        String lhs;
        Field<?> field;
        boolean nullable;
        List<String> rest;
        List<Object> params = new ArrayList<>();
        Query.Annotation a = c.annotations.get(first);
        if (a != null) {
            Sql s = c.compileExpression(a);
            lhs = s.text().contains(" ") ? "(" + s.text() + ")" : s.text();
            params.addAll(s.params());
            field = c.annotationField(a);
            nullable = false;
            String[] parts = leaf.lookup().split("__");
            rest = Arrays.asList(parts).subList(1, parts.length);
        } else {
            PathResolver.Path p = c.resolver.resolve(leaf.lookup(), c.generation);
            lhs = p.sql();
            field = p.field();
            nullable = p.nullable();
            rest = p.rest();
        }
        String lookup = "exact";
        for (int j = 0; j < rest.size(); j++) {
            String part = rest.get(j);
            if (PathResolver.TRANSFORMS.contains(part) && isTemporal(field)) {
                if (part.equals("date")) {
                    lhs = c.dialect.castDate(lhs);
                    field = DateField.of();
                } else {
                    lhs = c.dialect.extract(part, lhs);
                    field = IntegerField.of();
                }
                continue;
            }
            if (PathResolver.LOOKUPS.contains(part) && j == rest.size() - 1) {
                lookup = part;
                break;
            }
            if (field != null && field.isRelation() && !PathResolver.isLookupPart(part)) {
                throw new FieldError("Cannot resolve keyword '" + part + "' into field. Choices are: "
                        + String.join(", ", ((dev.quintet.db.models.RelatedField<?>) field).targetMeta().lookupNames()));
            }
            throw new FieldError("Unsupported lookup '" + part + "' for " + (field == null ? "expression" : field.internalType())
                    + " or join on the field not permitted. Valid lookups are: " + String.join(", ", validLookups(field)));
        }
        String cond = condition(lookup, lhs, field, leaf.value(), params);
        boolean isNullTest = lookup.equals("isnull") || (leaf.value() == null && (lookup.equals("exact") || lookup.equals("iexact")));
        if (negated && nullable && !isNullTest) {
            cond = "(" + cond + " AND " + lhs + " IS NOT NULL)";
        }
        return new Sql(cond, params);
    }

    private static String stripLookup(String lookup) {
        String[] parts = lookup.split("__");
        int n = parts.length;
        while (n > 1 && PathResolver.isLookupPart(parts[n - 1])) {
            n--;
        }
        return String.join("__", Arrays.asList(parts).subList(0, n));
    }

    private Sql excludeSubquery(Q.Leaf leaf) {
        Query sub = Query.of(c.query.model()).withFilter(Q.of(leaf.lookup(), leaf.value()))
                .withValues(List.of(c.query.model().pk().name())).withOrdering(List.of());
        Sql s = c.child(sub).select();
        return new Sql(c.col(c.base, c.query.model().pk()) + " IN (" + s.text() + ")", s.params());
    }

    private static boolean isTemporal(Field<?> f) {
        return f instanceof DateField || f instanceof DateTimeField || f instanceof TimeField;
    }

    private static List<String> validLookups(Field<?> f) {
        TreeSet<String> s = new TreeSet<>(PathResolver.LOOKUPS);
        if (isTemporal(f)) {
            s.addAll(PathResolver.TRANSFORMS);
        }
        return List.copyOf(s);
    }

    /** Converts a filter value for binding through its field (or the dialect when the field is unknown). */
    static Object convert(dev.quintet.db.backends.Dialect dialect, Field<?> field, Object value) {
        if (field == null) {
            return dialect.toDb(value);
        }
        try {
            return field.toDb(value, dialect);
        } catch (ValidationError | ClassCastException e) {
            throw new IllegalArgumentException("Field '" + field.name() + "' expected " + expected(field) + " but got "
                    + (value instanceof String s ? "'" + s + "'" : String.valueOf(value)) + ".", e);
        }
    }

    private static String expected(Field<?> f) {
        Class<?> t = f.isRelation() ? ((dev.quintet.db.models.RelatedField<?>) f).targetMeta().pk().javaType() : f.javaType();
        if (Number.class.isAssignableFrom(t)) {
            return "a number";
        }
        return "a value of type " + t.getSimpleName();
    }

    private String rhs(Field<?> field, Object value, List<Object> params) {
        if (value instanceof Expression e) {
            Sql s = e.compile(c);
            params.addAll(s.params());
            return s.text();
        }
        if (value instanceof QuerySet<?> qs) {
            Sql s = c.subquery(qs.query());
            params.addAll(s.params());
            return "(" + s.text() + ")";
        }
        Object converted = convert(c.dialect, field, value);
        params.add(converted);
        if (c.bound != null) {
            c.bound.add(new Compiler.Bound(field, converted));
        }
        return field == null ? "?" : field.placeholder(c.dialect);
    }

    private String condition(String lookup, String lhs, Field<?> field, Object value, List<Object> params) {
        switch (lookup) {
            case "exact" -> {
                if (value == null) {
                    return lhs + " IS NULL";
                }
                return lhs + " = " + rhs(field, value, params);
            }
            case "iexact" -> {
                if (value == null) {
                    return lhs + " IS NULL";
                }
                params.add(String.valueOf(value));
                return c.dialect.iexact(lhs);
            }
            case "gt", "gte", "lt", "lte" -> {
                String op = switch (lookup) {
                    case "gt" -> " > ";
                    case "gte" -> " >= ";
                    case "lt" -> " < ";
                    default -> " <= ";
                };
                return lhs + op + rhs(field, value, params);
            }
            case "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith" -> {
                if (value == null) {
                    throw new IllegalArgumentException("Cannot use None as a query value for '" + lookup + "'");
                }
                if (value instanceof Expression) {
                    throw new FieldError("Lookup '" + lookup + "' takes a constant, not an expression");
                }
                return c.dialect.patternLookup(lookup, lhs, String.valueOf(value), params);
            }
            case "regex", "iregex" -> {
                boolean ci = lookup.equals("iregex");
                params.add(c.dialect.regexParam(String.valueOf(value), ci));
                return c.dialect.regex(lhs, ci);
            }
            case "isnull" -> {
                if (!(value instanceof Boolean b)) {
                    throw new IllegalArgumentException("The QuerySet value for an isnull lookup must be True or False.");
                }
                return lhs + (b ? " IS NULL" : " IS NOT NULL");
            }
            case "in" -> {
                if (value instanceof QuerySet<?> || value instanceof Expression) {
                    return lhs + " IN " + wrap(rhs(field, value, params));
                }
                List<Object> items = items(value);
                items.removeIf(java.util.Objects::isNull);
                if (items.isEmpty()) {
                    return "1 = 0";
                }
                List<String> marks = new ArrayList<>();
                for (Object item : items) {
                    marks.add(rhs(field, item, params));
                }
                return lhs + " IN (" + String.join(", ", marks) + ")";
            }
            case "range" -> {
                List<Object> items = items(value);
                if (items.size() != 2) {
                    throw new IllegalArgumentException("The range lookup takes two values, got " + items.size());
                }
                String lo = rhs(field, items.get(0), params);
                String hi = rhs(field, items.get(1), params);
                return lhs + " BETWEEN " + lo + " AND " + hi;
            }
            default -> throw new FieldError("Unsupported lookup '" + lookup + "'");
        }
    }

    private static String wrap(String s) {
        return s.startsWith("(") ? s : "(" + s + ")";
    }

    private static List<Object> items(Object value) {
        if (value instanceof Collection<?> col) {
            return new ArrayList<>(col);
        }
        if (value instanceof Object[] arr) {
            return new ArrayList<>(Arrays.asList(arr));
        }
        throw new IllegalArgumentException("Expected a list of values, got " + value);
    }
}
