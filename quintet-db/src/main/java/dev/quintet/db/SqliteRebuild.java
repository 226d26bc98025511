package dev.quintet.db;

import dev.quintet.db.internal.Executor;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.ModelMeta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's table rebuild for the {@link SchemaEditor} (Django's {@code _remake_table}): SQLite has no
 * {@code ALTER COLUMN} and no {@code ADD/DROP CONSTRAINT}, so the table is made again with the new shape and the rows
 * are copied over.
 */
final class SqliteRebuild {
    private SqliteRebuild() {
    }

    /**
     * Rebuilds a SQLite table (Django's {@code _remake_table}): creates {@code new__<table>} with {@code fields} and
     * {@code constraints}, copies the rows from {@code sourceFields}' columns, drops the old table and renames the new
     * one; foreign keys (inline), unique columns, unique-together groups, unique constraints, check constraints and
     * indexes survive, following renamed columns.
     */
    static void remake(SchemaEditor ed, Database db, ModelMeta<?> meta, List<Field<?>> fields, List<Field<?>> sourceFields, List<Constraint> constraints) {
        String table = meta.dbTable();
        String temp = "new__" + table;
        List<String> targetCols = new ArrayList<>();
        List<String> sourceCols = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            targetCols.add(ed.q(fields.get(i).column()));
            sourceCols.add(ed.q(sourceFields.get(i).column()));
        }
        boolean outside = !Transaction.inAtomicBlock(db);
        if (outside) {
            ed.execute("PRAGMA foreign_keys = OFF");
        }
        try {
            List<String> defs = new ArrayList<>();
            for (Field<?> f : fields) {
                defs.add(ed.columnDefinition(f, true));
            }
            Set<String> known = new HashSet<>();
            for (Field<?> f : sourceFields) {
                known.add(f.column());
            }
            for (Field<?> f : meta.concreteFields()) {
                known.add(f.column());
            }
            // columns added outside this model's current metadata are carried over as they are
            for (Map<String, Object> col : Executor.queryMaps(db, Sql.of("PRAGMA table_info(" + ed.q(table) + ")"))) {
                String name = String.valueOf(col.get("name"));
                if (!known.contains(name)) {
                    boolean notNull = col.get("notnull") instanceof Number n && n.intValue() == 1;
                    Object dflt = col.get("dflt_value");
                    defs.add(ed.q(name) + " " + col.get("type") + (notNull ? " NOT NULL" : " NULL") + (dflt != null ? " DEFAULT " + dflt : ""));
                    targetCols.add(ed.q(name));
                    sourceCols.add(ed.q(name));
                }
            }
            for (Field<?> f : fields) {
                if (f.isUnique() && !f.isPrimaryKey()) {
                    defs.add("CONSTRAINT " + ed.q(SchemaEditor.name(table, List.of(f.column()), "_uniq")) + " UNIQUE (" + ed.q(f.column()) + ")");
                }
            }
            // unique-together groups, unique constraints and indexes survive the rebuild, following renamed columns
            Map<String, String> renamed = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                renamed.put(sourceFields.get(i).column(), fields.get(i).column());
            }
            List<String> afterIndexes = new ArrayList<>();
            for (List<String> group : meta.uniqueTogether()) {
                List<String> cols = carried(meta, group, renamed);
                if (cols != null) {
                    afterIndexes.add("CREATE UNIQUE INDEX " + ed.q(SchemaEditor.name(table, cols, "_uniq")) + " ON " + ed.q(table) + " (" + String.join(", ", cols.stream().map(ed::q).toList()) + ")");
                }
            }
            for (Constraint c : constraints) {
                if (c instanceof Constraint.Check check) {
                    defs.add(renamedColumns(ed, ed.constraintDefinition(meta, check), renamed));
                    continue;
                }
                List<String> cols = carried(meta, ((Constraint.Unique) c).fields(), renamed);
                if (cols != null) {
                    afterIndexes.add("CREATE UNIQUE INDEX " + ed.q(c.name()) + " ON " + ed.q(table) + " (" + String.join(", ", cols.stream().map(ed::q).toList()) + ")");
                }
            }
            for (Index ix : meta.indexes()) {
                List<String> cols = carried(meta, ix.fields().stream().map(n -> n.startsWith("-") ? n.substring(1) : n).toList(), renamed);
                if (cols != null) {
                    afterIndexes.add("CREATE INDEX " + ed.q(ix.name()) + " ON " + ed.q(table) + " (" + String.join(", ", cols.stream().map(ed::q).toList()) + ")");
                }
            }
            ed.execute("CREATE TABLE " + ed.q(temp) + " (" + String.join(", ", defs) + ")");
            ed.execute("INSERT INTO " + ed.q(temp) + " (" + String.join(", ", targetCols) + ") SELECT " + String.join(", ", sourceCols) + " FROM " + ed.q(table));
            ed.execute("DROP TABLE " + ed.q(table));
            ed.execute("ALTER TABLE " + ed.q(temp) + " RENAME TO " + ed.q(table));
            for (Field<?> f : fields) {
                if (SchemaEditor.needsIndex(f)) {
                    ed.execute("CREATE INDEX " + ed.q(SchemaEditor.name(table, List.of(f.column()), "_idx")) + " ON " + ed.q(table) + " (" + ed.q(f.column()) + ")");
                }
            }
            afterIndexes.forEach(ed::execute);
        } finally {
            if (outside) {
                ed.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /** A check constraint's SQL with the columns renamed by a rebuild ({@code "title"} -> {@code "headline"}). */
    private static String renamedColumns(SchemaEditor ed, String sql, Map<String, String> renamed) {
        String out = sql;
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                out = out.replace(ed.q(e.getKey()), ed.q(e.getValue()));
            }
        }
        return out;
    }

    private static List<String> carried(ModelMeta<?> meta, List<String> fieldNames, Map<String, String> renamed) {
        List<String> cols = new ArrayList<>();
        for (String n : fieldNames) {
            Field<?> f = meta.findField(n);
            String col = f == null ? null : renamed.get(f.column());
            if (col == null) {
                return null;
            }
            cols.add(col);
        }
        return cols;
    }
}
