package dev.quintet.db.models.internal;

import dev.quintet.db.Sql;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.Expression;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.FieldError;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.OrderBy;
import dev.quintet.db.models.Q;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a {@link Query} to SQL for one {@link Dialect} (Django's {@code SQLCompiler}).
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>select list: the model's columns (minus deferred), select-related blocks, annotations, or values;</li>
 *   <li>each filter call: its {@link Q} tree becomes WHERE (or HAVING when it names an aggregate); lookup paths are
 *       resolved by {@link PathResolver}, adding joins; multi-valued joins are keyed by the filter call, so
 *       {@code filter(a).filter(b)} joins twice while {@code filter(a, b)} matches one related row;</li>
 *   <li>GROUP BY when an aggregate is annotated, ORDER BY, LIMIT/OFFSET, FOR UPDATE;</li>
 *   <li>the FROM clause last, once every join is known.</li>
 * </ol>
 * Example: {@code Post.objects.filter("author__name__icontains", "ada")} compiles to
 * {@code SELECT T0."id", ... FROM "blog_post" T0 INNER JOIN "blog_author" T1 ON (T0."author_id" = T1."id")
 * WHERE UPPER(T1."name") LIKE UPPER(?) ESCAPE '\'} with {@code [%ada%]}.
 */
public final class Compiler {
    /**
     * A resolved reference: SQL text and the field that converts its values.
     *
     * @param sql   the column or expression SQL (no parameters)
     * @param field the field
     */
    public record Ref(String sql, Field<?> field) {
    }

    /**
     * One selected column, for reading rows back.
     *
     * @param name       the value name (field name, annotation name, or values() key)
     * @param field      the field converting the value, or {@code null}
     * @param relPath    {@code ""} for the base model, else the select-related path
     * @param annotation whether it is an annotation
     */
    public record Column(String name, Field<?> field, String relPath, boolean annotation) {
    }

    /** A filter value as converted for binding, with the field that converted it ({@link SqlCache} records them). */
    record Bound(Field<?> field, Object value) {
    }

    final Dialect dialect;
    final Query query;
    /** When not {@code null}, every converted filter value of this (top-level) compiler, in binding order. */
    List<Bound> bound;
    final Compiler outer;
    final char prefix;
    final String base;
    final boolean joinsAllowed;
    final List<String> joins = new ArrayList<>();
    final Map<String, String> joinAliases = new HashMap<>();
    final Map<String, Query.Annotation> annotations = new LinkedHashMap<>();
    /** The annotations whose expressions are being compiled (a name inside its own expression is the field). */
    private final Set<String> compiling = new HashSet<>();
    final PathResolver resolver;
    private int aliasCounter = 1;
    String generation = "a";
    private final List<Column> columns = new ArrayList<>();

    /** A compiler for a top-level query. */
    public Compiler(Dialect dialect, Query query) {
        this(dialect, query, null, 'T', true);
    }

    private Compiler(Dialect dialect, Query query, Compiler outer, char prefix, boolean joinsAllowed) {
        this(dialect, query, outer, prefix, joinsAllowed, joinsAllowed ? prefix + "0" : dialect.quote(query.model().dbTable()));
    }

    private Compiler(Dialect dialect, Query query, Compiler outer, char prefix, boolean joinsAllowed, String base) {
        this.dialect = dialect;
        this.query = query;
        this.outer = outer;
        this.prefix = prefix;
        this.joinsAllowed = joinsAllowed;
        this.base = base;
        for (Query.Annotation a : query.annotations()) {
            annotations.put(a.name(), a);
        }
        this.resolver = new PathResolver(this);
    }

    /** A compiler whose references use the bare table name and may not join (UPDATE ... SET). */
    public static Compiler forUpdate(Dialect dialect, ModelMeta<?> model) {
        return new Compiler(dialect, Query.of(model), null, 'T', false);
    }

    /** A compiler for DDL conditions (CHECK constraints): bare column names, no joins. */
    public static Compiler forDdl(Dialect dialect, ModelMeta<?> model) {
        return new Compiler(dialect, Query.of(model), null, 'T', false, "");
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The columns of the last compiled select, in order. */
    public List<Column> columns() {
        return columns;
    }

    String newAlias() {
        return prefix + Integer.toString(aliasCounter++);
    }

    String join(String key, String table, String leftAlias, String leftColumn, String rightColumn, boolean leftJoin) {
        String existing = joinAliases.get(key);
        if (existing != null) {
            return existing;
        }
        if (!joinsAllowed) {
            throw new FieldError("Joined field references are not permitted in this query");
        }
        String alias = newAlias();
        joinAliases.put(key, alias);
        joins.add((leftJoin ? " LEFT OUTER JOIN " : " INNER JOIN ") + dialect.quote(table) + " " + alias + " ON ("
                + leftAlias + "." + dialect.quote(leftColumn) + " = " + alias + "." + dialect.quote(rightColumn) + ")");
        return alias;
    }

    String col(String alias, Field<?> f) {
        return alias.isEmpty() ? dialect.quote(f.column()) : alias + "." + dialect.quote(f.column());
    }

    // ---- used by expressions ------------------------------------------------------------------------------

    /** Resolves an {@code F()} path in the current join generation. */
    public Ref resolveRef(String path) {
        Query.Annotation a = annotations.get(path);
        // inside its own expression a name means the field (Django resolves aggregate(comments=Count("comments"))
        // before registering the alias)
        if (a != null && !compiling.contains(path)) {
            return new Ref(compileExpression(a).text(), annotationField(a));
        }
        PathResolver.Path p = resolver.resolve(path, generation);
        if (!p.rest().isEmpty()) {
            throw new FieldError("Cannot resolve keyword '" + p.rest().getFirst() + "' into field. Choices are: "
                    + String.join(", ", p.meta().lookupNames()));
        }
        return new Ref(p.sql(), p.field());
    }

    /** Resolves an {@code OuterRef()} path against the enclosing query. */
    public Ref resolveOuter(String path) {
        if (outer == null) {
            throw new FieldError("This queryset contains a reference to an outer query and may only be used in a subquery.");
        }
        return outer.resolveRef(path);
    }

    /** Compiles a condition (for {@code Case}, aggregate filters). */
    public Sql compileCondition(Q q) {
        return new WhereBuilder(this).compile(q, false);
    }

    /** Compiles a nested query (subquery) whose {@code OuterRef}s resolve against this one. */
    public Sql subquery(Query q) {
        Query inner = q.values() == null && !q.existsOnly() ? q.withValues(List.of(q.model().pk().name())) : q;
        if (inner.ordering() == null && !inner.isSliced()) {
            inner = inner.withOrdering(List.of());
        }
        return new Compiler(dialect, inner, this, (char) (prefix + 1), true).select();
    }

    /** The field of a subquery's single selected column. */
    public Field<?> subqueryOutputField(Query q) {
        Compiler c = new Compiler(dialect, q, this, (char) (prefix + 1), true);
        c.select();
        return c.columns.isEmpty() ? null : c.columns.getFirst().field();
    }

    /** The text for a parameter placeholder (a hook for back ends needing casts). */
    public String castParam(String placeholder, Object value) {
        return placeholder;
    }

    Sql compileExpression(Query.Annotation a) {
        String saved = generation;
        generation = a.generation() >= 0 ? "f" + a.generation() : "a";
        boolean outermost = compiling.add(a.name());
        try {
            return a.expression().compile(this);
        } finally {
            generation = saved;
            if (outermost) {
                compiling.remove(a.name());
            }
        }
    }

    Field<?> annotationField(Query.Annotation a) {
        String saved = generation;
        generation = a.generation() >= 0 ? "f" + a.generation() : "a";
        boolean outermost = compiling.add(a.name());
        try {
            return a.expression().outputField(this);
        } finally {
            generation = saved;
            if (outermost) {
                compiling.remove(a.name());
            }
        }
    }

    Compiler child(Query q) {
        return new Compiler(dialect, q, outer, (char) (prefix + 1), true);
    }

    // ---- statements ---------------------------------------------------------------------------------------

    /** {@code SELECT ...} for the query. */
    public Sql select() {
        if (query.combinator() != null) {
            return combined();
        }
        return new SelectBuilder(this).build(null);
    }

    /** {@code SELECT COUNT(*) ...}. */
    public Sql count() {
        if (query.combinator() != null || query.distinct() || query.isSliced() || query.isGrouped()) {
            Sql inner = select();
            return new Sql("SELECT COUNT(*) FROM (" + inner.text() + ") subquery", inner.params());
        }
        return new SelectBuilder(this).build("COUNT(*)");
    }

    /** {@code SELECT agg AS name, ...} over the query's rows. */
    public Sql aggregate(Map<String, Expression> aggregates) {
        if (query.isSliced() || query.distinct() || query.combinator() != null) {
            throw new FieldError("aggregate() is not supported after slicing, distinct() or union(); aggregate before them");
        }
        Query plain = query.withOrdering(List.of());
        for (Map.Entry<String, Expression> e : aggregates.entrySet()) {
            plain = plain.withAnnotation(e.getKey(), e.getValue());
        }
        Compiler c = new Compiler(dialect, plain, outer, prefix, true);
        Sql sql = new SelectBuilder(c).buildAggregate(aggregates.keySet());
        columns.clear();
        columns.addAll(c.columns);
        return sql;
    }

    /** {@code SELECT pk ...} wrapped so MySQL accepts it inside UPDATE/DELETE on the same table. */
    public Sql pkSubquery() {
        Query pkq = query.withValues(List.of(query.model().pk().name())).withOrdering(query.isSliced() ? query.ordering() : List.of());
        Sql inner = new Compiler(dialect, pkq, null, 'U', true).select();
        return new Sql("SELECT pk_subquery.c0 FROM (" + inner.text() + ") pk_subquery", inner.params());
    }

    private Sql combined() {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String op = " " + query.combinator() + (query.combineAll() ? " ALL " : " ");
        for (Query member : query.combined()) {
            if (query.values() != null) {
                member = member.withValues(query.values());
            }
            Compiler c = new Compiler(dialect, member, outer, prefix, true);
            Sql s = c.select();
            if (columns.isEmpty()) {
                columns.addAll(c.columns);
            }
            parts.add(s.text());
            params.addAll(s.params());
        }
        StringBuilder b = new StringBuilder("SELECT * FROM (").append(String.join(op, parts)).append(") combined");
        List<Object> ordering = query.ordering() == null ? List.of() : query.ordering();
        List<String> terms = new ArrayList<>();
        for (Object o : ordering) {
            String name = o instanceof String s ? s : null;
            if (name == null) {
                throw new FieldError("ORDER BY term does not match any column in the result set: " + o);
            }
            boolean desc = name.startsWith("-");
            String n = desc ? name.substring(1) : name;
            int index = -1;
            for (int i = 0; i < columns.size(); i++) {
                Column col = columns.get(i);
                if (col.relPath().isEmpty() && (col.name().equals(n) || (col.field() != null && n.equals("pk") && col.field().isPrimaryKey()))) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw new FieldError("ORDER BY term does not match any column in the result set: " + n);
            }
            terms.add("combined." + dialect.quote("c" + index) + (desc ? " DESC" : " ASC"));
        }
        if (!terms.isEmpty()) {
            b.append(" ORDER BY ").append(String.join(", ", terms));
        }
        return new Sql(b.toString(), params);
    }

    List<Object> effectiveOrdering() {
        if (query.ordering() != null) {
            return query.ordering();
        }
        if (query.isGrouped()) {
            // as Django 3.1+: Meta.ordering does not apply to GROUP BY queries
            return List.of();
        }
        return new ArrayList<>(query.model().ordering());
    }

    OrderBy orderTerm(Object o) {
        if (o instanceof OrderBy ob) {
            return ob;
        }
        if (o instanceof Expression e) {
            return e.asc();
        }
        String s = (String) o;
        boolean desc = s.startsWith("-");
        String name = desc ? s.substring(1) : s;
        return new OrderBy(new dev.quintet.db.models.F(name), desc);
    }

    void addColumn(Column c) {
        columns.add(c);
    }
}
