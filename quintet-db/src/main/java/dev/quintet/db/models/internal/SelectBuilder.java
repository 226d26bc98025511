package dev.quintet.db.models.internal;

import dev.quintet.db.Sql;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.FieldError;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.OrderBy;
import dev.quintet.db.models.Q;
import dev.quintet.db.models.RelatedField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Assembles one SELECT statement from a compiler's query, in the order described on {@link Compiler}. */
final class SelectBuilder {
    private final Compiler c;
    private final List<String> select = new ArrayList<>();
    private final List<Object> selectParams = new ArrayList<>();
    private final List<String> groupBy = new ArrayList<>();
    private final List<Object> groupParams = new ArrayList<>();
    private boolean grouped;

    SelectBuilder(Compiler c) {
        this.c = c;
    }

    private void add(String sql, List<Object> params, Compiler.Column col, boolean aggregate) {
        select.add(sql + " AS " + c.dialect.quote("c" + select.size()));
        selectParams.addAll(params);
        c.addColumn(col);
        if (grouped && !aggregate) {
            groupBy.add(sql);
            groupParams.addAll(params);
        }
    }

    private void selectColumns() {
        Query q = c.query;
        ModelMeta<?> model = q.model();
        if (q.existsOnly()) {
            select.add("1");
            return;
        }
        if (q.values() != null) {
            List<String> names = q.values().isEmpty() ? defaultValueNames(q) : new ArrayList<>(q.values());
            for (Query.Annotation a : q.annotations()) {
                if (!names.contains(a.name())) {
                    names.add(a.name());
                }
            }
            for (String name : names) {
                Query.Annotation a = c.annotations.get(name);
                if (a != null) {
                    Sql s = c.compileExpression(a);
                    add(s.text(), s.params(), new Compiler.Column(name, c.annotationField(a), "", true), a.expression().containsAggregate());
                } else {
                    PathResolver.Path p = c.resolver.resolve(name, "v");
                    if (!p.rest().isEmpty()) {
                        throw new FieldError("Cannot resolve keyword '" + String.join("__", p.rest()) + "' into field. Choices are: "
                                + String.join(", ", p.meta().lookupNames()));
                    }
                    add(p.sql(), List.of(), new Compiler.Column(name, p.field(), "", false), false);
                }
            }
            return;
        }
        Set<String> loaded = loadedFields(model);
        for (Field<?> f : model.concreteFields()) {
            if (loaded.contains(f.name())) {
                add(c.col(c.base, f), List.of(), new Compiler.Column(f.name(), f, "", false), false);
            }
        }
        for (String path : q.selectRelated()) {
            selectRelated(path);
        }
        for (Query.Annotation a : q.annotations()) {
            Sql s = c.compileExpression(a);
            add(s.text(), s.params(), new Compiler.Column(a.name(), c.annotationField(a), "", true), a.expression().containsAggregate());
        }
    }

    private List<String> defaultValueNames(Query q) {
        List<String> names = new ArrayList<>();
        for (Field<?> f : q.model().concreteFields()) {
            names.add(f.attname());
        }
        for (Query.Annotation a : q.annotations()) {
            names.add(a.name());
        }
        return names;
    }

    private Set<String> loadedFields(ModelMeta<?> model) {
        Set<String> loaded = new LinkedHashSet<>();
        Query q = c.query;
        for (Field<?> f : model.concreteFields()) {
            boolean in = q.only() == null || q.only().contains(f.name()) || f.isPrimaryKey();
            if (in && !q.defer().contains(f.name())) {
                loaded.add(f.name());
            }
        }
        for (String n : q.only() == null ? List.<String>of() : q.only()) {
            model.field(n);
        }
        for (String n : q.defer()) {
            model.field(n);
        }
        return loaded;
    }

    private void selectRelated(String path) {
        String[] parts = path.split("__");
        ModelMeta<?> meta = c.query.model();
        String alias = c.base;
        boolean nullable = false;
        StringBuilder rel = new StringBuilder();
        for (String part : parts) {
            Field<?> f = meta.findField(part);
            if (!(f instanceof RelatedField<?> rf)) {
                throw new FieldError("Invalid field name(s) given in select_related: '" + part + "'. Choices are: "
                        + String.join(", ", meta.forwardRelationNames()));
            }
            nullable |= rf.isNullable();
            ModelMeta<?> t = rf.targetMeta();
            alias = c.join(alias + "|" + part, t.dbTable(), alias, rf.column(), t.pk().column(), nullable);
            rel.append(rel.isEmpty() ? "" : "__").append(part);
            if (c.columns().stream().anyMatch(col -> col.relPath().contentEquals(rel))) {
                meta = t;
                continue;
            }
            for (Field<?> tf : t.concreteFields()) {
                add(c.col(alias, tf), List.of(), new Compiler.Column(tf.name(), tf, rel.toString(), false), false);
            }
            meta = t;
        }
    }

    Sql build(String countExpr) {
        Query q = c.query;
        // decided before the select list so add() builds GROUP BY terms only for grouped queries
        grouped = countExpr == null && q.isGrouped();
        if (countExpr == null) {
            selectColumns();
        }
        List<Object> whereParams = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<Object> havingParams = new ArrayList<>();
        List<String> having = new ArrayList<>();
        WhereBuilder wb = new WhereBuilder(c);
        for (int i = 0; i < q.filters().size(); i++) {
            Q f = q.filters().get(i);
            c.generation = "f" + i;
            Sql s = wb.compile(f, false);
            if (wb.refersToAggregate(f)) {
                having.add(s.text());
                havingParams.addAll(s.params());
            } else {
                where.add(s.text());
                whereParams.addAll(s.params());
            }
        }
        c.generation = "a";
        if (q.empty()) {
            where.add("1 = 0");
        }
        List<String> order = new ArrayList<>();
        List<Object> orderParams = new ArrayList<>();
        if (countExpr == null && !q.existsOnly()) {
            c.generation = "o";
            for (Object o : c.effectiveOrdering()) {
                if ("?".equals(o)) {
                    order.add(c.dialect.random());
                    continue;
                }
                OrderBy ob = c.orderTerm(o);
                dev.quintet.db.Sql s = ob.compile(c);
                order.add(s.text());
                orderParams.addAll(s.params());
                boolean annotationTerm = ob.expression() instanceof dev.quintet.db.models.F fr && c.annotations.containsKey(fr.name())
                        && c.annotations.get(fr.name()).expression().containsAggregate();
                if (grouped && !ob.expression().containsAggregate() && !annotationTerm) {
                    Sql e = ob.expression().compile(c);
                    if (!groupBy.contains(e.text())) {
                        groupBy.add(e.text());
                        groupParams.addAll(e.params());
                    }
                }
            }
            c.generation = "a";
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> params = new ArrayList<>();
        if (q.distinct() && countExpr == null) {
            sql.append("DISTINCT ");
        }
        if (countExpr != null) {
            sql.append(countExpr);
        } else {
            sql.append(String.join(", ", select));
            params.addAll(selectParams);
        }
        sql.append(" FROM ").append(c.dialect.quote(q.model().dbTable())).append(' ').append(c.base);
        for (String j : c.joins) {
            sql.append(j);
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
            params.addAll(whereParams);
        }
        if (grouped) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
            params.addAll(groupParams);
        }
        if (!having.isEmpty()) {
            sql.append(" HAVING ").append(String.join(" AND ", having));
            params.addAll(havingParams);
        }
        if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
            params.addAll(orderParams);
        }
        if (countExpr == null) {
            Long limit = q.high() == null ? null : q.high() - (q.low() == null ? 0 : q.low());
            sql.append(c.dialect.limitOffset(limit, q.low(), params));
            if (q.lock() != null) {
                sql.append(c.dialect.forUpdate(q.lock().nowait(), q.lock().skipLocked()));
            }
        }
        return new Sql(sql.toString(), params);
    }

    Sql buildAggregate(Set<String> names) {
        List<Object> params = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        for (Query.Annotation a : c.query.annotations()) {
            if (names.contains(a.name())) {
                if (!a.expression().containsAggregate()) {
                    throw new FieldError(a.name() + " is not an aggregate expression");
                }
                Sql s = c.compileExpression(a);
                cols.add(s.text() + " AS " + c.dialect.quote("c" + cols.size()));
                params.addAll(s.params());
                c.addColumn(new Compiler.Column(a.name(), c.annotationField(a), "", true));
            }
        }
        Sql body = build("__AGG__");
        String text = body.text().replace("SELECT __AGG__", "SELECT " + String.join(", ", cols));
        List<Object> all = new ArrayList<>(params);
        all.addAll(body.params());
        return new Sql(text, all);
    }
}
