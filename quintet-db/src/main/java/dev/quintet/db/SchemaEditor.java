package dev.quintet.db;

import dev.quintet.db.backends.Dialect;
import dev.quintet.db.internal.Executor;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.BigIntegerField;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.RelatedField;
import dev.quintet.db.models.internal.Compiler;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DDL for one database (Django's {@code schema_editor}): create and drop tables (with their many-to-many join
 * tables), add, remove and alter columns, indexes and constraints. Statements run on one connection, in order;
 * foreign keys of new tables are added when the editor is closed, so tables may reference each other in any order.
 * SQLite, which cannot alter columns in place, gets its table rebuilt ({@link SqliteRebuild}).
 *
 * <pre>{@code
 * try (SchemaEditor editor = db.schemaEditor()) {
 *     editor.createModel(Author.objects.meta());
 *     editor.createModel(Post.objects.meta());
 * }
 * }</pre>
 *
 * <p>{@link #collectOnly()} makes an editor that records statements without running them (for {@code sqlmigrate}).
 */
public final class SchemaEditor implements AutoCloseable {
    /**
     * A field whose column holds another table's primary key without naming a model class: the relations of
     * migrations, whose targets are model states. The ORM's own relation fields are read through their target's
     * metadata instead.
     */
    public interface Reference {
        /** The referenced table. */
        String referencedTable();

        /** The referenced primary key field (its column and type). */
        Field<?> referencedKey();

        /** Whether a FOREIGN KEY constraint is created. */
        boolean hasDbConstraint();
    }

    /** The table and key a relation column references. */
    private record Target(String table, Field<?> key) {
    }

    private final Database db;
    private final Dialect d;
    private final List<String> deferred = new ArrayList<>();
    private final List<String> executed = new ArrayList<>();
    private boolean collectOnly;
    private Connection own;

    SchemaEditor(Database db) {
        this.db = db;
        this.d = db.dialect();
    }

    /** Records statements instead of running them; returns this editor. */
    public SchemaEditor collectOnly() {
        this.collectOnly = true;
        return this;
    }

    /** The statements run (or collected) so far. */
    public List<String> statements() {
        return List.copyOf(executed);
    }

    /** Runs one DDL statement. */
    public void execute(String sql) {
        executed.add(sql);
        if (collectOnly) {
            return;
        }
        Sql s = Sql.of(sql);
        if (Transaction.inAtomicBlock(db)) {
            Executor.update(db, s);
            return;
        }
        try {
            if (own == null) {
                own = db.borrow();
            }
            Executor.update(db, own, s);
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }

    /** Runs the deferred foreign keys and releases the connection. */
    @Override
    public void close() {
        try {
            List<String> pending = new ArrayList<>(deferred);
            deferred.clear();
            pending.forEach(this::execute);
        } finally {
            if (own != null) {
                try {
                    own.close();
                } catch (SQLException ignored) {
                    // the pool replaces a broken connection
                }
                own = null;
            }
        }
    }

    // ---- names ---------------------------------------------------------------------------------------

    /** A Django-style generated name: {@code <table>_<columns>_<hash><suffix>}, at most 60 characters. */
    public static String name(String table, List<String> columns, String suffix) {
        String joined = table + "_" + String.join("_", columns);
        String hash = String.format("%08x", (table + "|" + String.join("|", columns) + "|" + suffix).hashCode());
        int room = 60 - hash.length() - suffix.length() - 1;
        String head = joined.length() > room ? joined.substring(0, room) : joined;
        return (head + "_" + hash + suffix).toLowerCase(Locale.ROOT);
    }

    String q(String ident) {
        return d.quote(ident);
    }

    // ---- tables --------------------------------------------------------------------------------------

    /** Creates a model's table, its indexes and constraints, and its auto-created many-to-many tables. */
    public void createModel(ModelMeta<?> meta) {
        createTable(meta, meta.dbTable(), meta.concreteFields());
        for (ManyToManyField f : meta.manyToMany()) {
            if (f.throughModel() == null) {
                createModel(f.throughMeta());
            }
        }
    }

    private void createTable(ModelMeta<?> meta, String table, List<Field<?>> fields) {
        List<String> defs = new ArrayList<>();
        for (Field<?> f : fields) {
            defs.add(columnDefinition(f, true));
        }
        for (Field<?> f : fields) {
            if (f.isUnique() && !f.isPrimaryKey()) {
                defs.add("CONSTRAINT " + q(name(meta.dbTable(), List.of(f.column()), "_uniq")) + " UNIQUE (" + q(f.column()) + ")");
            }
        }
        for (List<String> group : meta.uniqueTogether()) {
            List<String> cols = group.stream().map(n -> meta.field(n).column()).toList();
            defs.add("CONSTRAINT " + q(name(meta.dbTable(), cols, "_uniq")) + " UNIQUE (" + String.join(", ", cols.stream().map(this::q).toList()) + ")");
        }
        for (Constraint c : meta.constraints()) {
            defs.add(constraintDefinition(meta, c));
        }
        execute("CREATE TABLE " + q(table) + " (" + String.join(", ", defs) + ")" + (d.vendor().equals("mysql") ? " ENGINE=InnoDB" : ""));
        for (Field<?> f : fields) {
            if (needsIndex(f)) {
                execute("CREATE INDEX " + q(name(meta.dbTable(), List.of(f.column()), "_idx")) + " ON " + q(table) + " (" + q(f.column()) + ")");
            }
            if (constrained(f) && !d.inlineForeignKeys()) {
                deferred.add(foreignKey(meta.dbTable(), f));
            }
        }
        for (Index i : meta.indexes()) {
            execute(indexSql(meta, i));
        }
    }

    static boolean needsIndex(Field<?> f) {
        return !f.isUnique() && !f.isPrimaryKey() && (f.isDbIndex() || target(f) != null);
    }

    String columnDefinition(Field<?> f, boolean inline) {
        StringBuilder b = new StringBuilder(q(f.column())).append(' ').append(columnType(f));
        b.append(f.isNullable() && !f.isPrimaryKey() ? " NULL" : " NOT NULL");
        if (f.isPrimaryKey()) {
            b.append(" PRIMARY KEY");
            if (f.isAutoGenerated()) {
                b.append(d.autoIncrementSuffix());
            }
        }
        String check = d.columnCheck(f, q(f.column()));
        if (check != null) {
            b.append(" CHECK (").append(check).append(')');
        }
        if (inline && constrained(f) && d.inlineForeignKeys()) {
            Target t = target(f);
            b.append(" REFERENCES ").append(q(t.table())).append(" (").append(q(t.key().column())).append(')')
                    .append(d.deferrableForeignKeys() ? " DEFERRABLE INITIALLY DEFERRED" : "");
        }
        return b.toString();
    }

    /** The table and key a relation column references, or {@code null} for a field that is not a relation column. */
    private static Target target(Field<?> f) {
        if (f instanceof RelatedField<?> rf) {
            ModelMeta<?> t = rf.targetMeta();
            return new Target(t.dbTable(), t.pk());
        }
        return f instanceof Reference r && f.isConcrete() ? new Target(r.referencedTable(), r.referencedKey()) : null;
    }

    /** Whether a field's column has a FOREIGN KEY constraint. */
    private static boolean constrained(Field<?> f) {
        return f instanceof RelatedField<?> rf ? rf.hasDbConstraint() : f instanceof Reference r && f.isConcrete() && r.hasDbConstraint();
    }

    /** A field's column type; a relation column takes its target key's type (an auto key's integer type). */
    private String columnType(Field<?> f) {
        if (!(f instanceof Reference) || !f.isConcrete()) {
            return d.columnType(f);
        }
        Field<?> key = target(f).key();
        return d.columnType(switch (key.internalType()) {
            case "AutoField" -> IntegerField.of();
            case "BigAutoField" -> BigIntegerField.of();
            default -> key;
        });
    }

    private String foreignKey(String table, Field<?> f) {
        Target t = target(f);
        return "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(fkName(table, f)) + " FOREIGN KEY (" + q(f.column())
                + ") REFERENCES " + q(t.table()) + " (" + q(t.key().column()) + ")"
                + (d.deferrableForeignKeys() ? " DEFERRABLE INITIALLY DEFERRED" : "");
    }

    private static String fkName(String table, Field<?> f) {
        return name(table, List.of(f.column()), "_fk_" + target(f).table().replaceAll("[^A-Za-z0-9]", "")).replace("__", "_");
    }

    /**
     * Drops the FOREIGN KEY constraint of a column, found by introspection as Django does (its generated name follows
     * table and target names that renames may have changed since); the computed name when the table does not exist
     * yet ({@code sqlmigrate}); nothing when the column has no constraint.
     */
    private void dropForeignKey(String table, Field<?> f) {
        String found = collectOnly ? null : SchemaIntrospection.foreignKeyName(db, table, f.column());
        if (found == null && !collectOnly) {
            return;     // the column has no constraint (a join table made before migrations constrained both sides)
        }
        execute(d.dropConstraint(table, found != null ? found : fkName(table, f), "foreign_key"));
    }

    /**
     * The name of the unique constraint or index on {@code column} alone, found by introspection as Django's
     * {@code _constraint_names} does: its generated name follows the table name, which a RenameModel may have changed
     * since. The computed name when nothing is found or the table does not exist yet ({@code sqlmigrate}).
     */
    private String singleColumnIndex(String table, String column, boolean unique, String suffix) {
        String computed = name(table, List.of(column), suffix);
        if (collectOnly) {
            return computed;
        }
        String found = SchemaIntrospection.singleColumnIndex(db, table, column, unique, computed, suffix);
        return found != null ? found : computed;
    }

    String constraintDefinition(ModelMeta<?> meta, Constraint c) {
        return switch (c) {
            case Constraint.Unique u -> "CONSTRAINT " + q(u.name()) + " UNIQUE (" + String.join(", ",
                    u.fields().stream().map(n -> q(meta.field(n).column())).toList()) + ")";
            case Constraint.Check ch -> "CONSTRAINT " + q(ch.name()) + " CHECK (" + inline(Compiler.forDdl(d, meta).compileCondition(ch.condition())) + ")";
        };
    }

    private String inline(Sql sql) {
        StringBuilder b = new StringBuilder();
        int p = 0;
        String t = sql.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '?') {
                b.append(d.quoteValue(sql.params().get(p++)));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private String indexSql(ModelMeta<?> meta, Index i) {
        List<String> cols = new ArrayList<>();
        for (String n : i.fields()) {
            boolean desc = n.startsWith("-");
            cols.add(q(meta.field(desc ? n.substring(1) : n).column()) + (desc ? " DESC" : ""));
        }
        return "CREATE INDEX " + q(i.name()) + " ON " + q(meta.dbTable()) + " (" + String.join(", ", cols) + ")";
    }

    /** Drops a model's table and its auto-created many-to-many tables. */
    public void deleteModel(ModelMeta<?> meta) {
        for (ManyToManyField f : meta.manyToMany()) {
            if (f.throughModel() == null) {
                dropTable(f.throughMeta().dbTable(), false);
            }
        }
        dropTable(meta.dbTable(), false);
    }

    /** Drops the tables of these models if they exist, whatever references them (test set-up, flush). */
    public void dropModelsIfExist(List<ModelMeta<?>> metas) {
        List<String> tables = new ArrayList<>();
        for (ModelMeta<?> m : metas) {
            for (ManyToManyField f : m.manyToMany()) {
                if (f.throughModel() == null) {
                    tables.add(f.throughMeta().dbTable());
                }
            }
            tables.add(m.dbTable());
        }
        for (String t : tables) {
            dropTable(t, true);
        }
    }

    private void dropTable(String table, boolean ifExists) {
        String sql = d.dropTable(table);
        if (ifExists) {
            sql = sql.replaceFirst("^DROP TABLE ", "DROP TABLE IF EXISTS ");
        }
        if (d.vendor().equals("mysql")) {
            withoutForeignKeyChecks(sql);
        } else {
            execute(sql);
        }
    }

    private void withoutForeignKeyChecks(String sql) {
        String off = d.vendor().equals("mysql") ? "SET FOREIGN_KEY_CHECKS = 0" : "PRAGMA foreign_keys = OFF";
        String on = d.vendor().equals("mysql") ? "SET FOREIGN_KEY_CHECKS = 1" : "PRAGMA foreign_keys = ON";
        execute(off);
        try {
            execute(sql);
        } finally {
            execute(on);
        }
    }

    /** Renames a model's table. */
    public void alterDbTable(String oldTable, String newTable) {
        execute("ALTER TABLE " + q(oldTable) + " RENAME TO " + q(newTable));
    }

    // ---- columns -------------------------------------------------------------------------------------

    /** Adds a field's column (or join table), with its unique constraint, index and foreign key. */
    public void addField(ModelMeta<?> meta, Field<?> f) {
        if (f instanceof ManyToManyField m2m) {
            if (m2m.throughModel() == null) {
                createModel(m2m.throughMeta());
            }
            return;
        }
        StringBuilder def = new StringBuilder(columnDefinition(f, true));
        boolean needsDefault = !f.isNullable() && f.hasDefault();
        if (needsDefault) {
            def.append(" DEFAULT ").append(d.quoteValue(f.toJava(f.defaultValue())));
        }
        execute("ALTER TABLE " + q(meta.dbTable()) + " ADD COLUMN " + def);
        if (needsDefault && !d.vendor().equals("sqlite")) {
            execute("ALTER TABLE " + q(meta.dbTable()) + " ALTER COLUMN " + q(f.column()) + " DROP DEFAULT");
        }
        if (f.isUnique() && d.vendor().equals("sqlite")) {
            // SQLite has no ADD CONSTRAINT: a unique index enforces the same rule
            execute("CREATE UNIQUE INDEX " + q(name(meta.dbTable(), List.of(f.column()), "_uniq")) + " ON " + q(meta.dbTable()) + " (" + q(f.column()) + ")");
        } else if (f.isUnique()) {
            execute("ALTER TABLE " + q(meta.dbTable()) + " ADD CONSTRAINT " + q(name(meta.dbTable(), List.of(f.column()), "_uniq"))
                    + " UNIQUE (" + q(f.column()) + ")");
        }
        if (needsIndex(f)) {
            execute("CREATE INDEX " + q(name(meta.dbTable(), List.of(f.column()), "_idx")) + " ON " + q(meta.dbTable()) + " (" + q(f.column()) + ")");
        }
        if (constrained(f) && !d.inlineForeignKeys()) {
            execute(foreignKey(meta.dbTable(), f));
        }
    }

    /** Removes a field's column (or join table). */
    public void removeField(ModelMeta<?> meta, Field<?> f) {
        if (f instanceof ManyToManyField m2m) {
            if (m2m.throughModel() == null) {
                dropTable(m2m.throughMeta().dbTable(), false);
            }
            return;
        }
        if (d.vendor().equals("sqlite")) {
            List<Field<?>> remaining = meta.concreteFields().stream().filter(x -> !x.name().equals(f.name())).toList();
            SqliteRebuild.remake(this, db, meta, remaining, remaining, meta.constraints());
            return;
        }
        if (constrained(f)) {
            dropForeignKey(meta.dbTable(), f);
        }
        execute("ALTER TABLE " + q(meta.dbTable()) + " DROP COLUMN " + q(f.column()));
    }

    /**
     * Changes a column from {@code from} to {@code to}: name, type, nullability, uniqueness and index. On SQLite the
     * table is rebuilt from {@code meta}'s fields with {@code from} replaced by {@code to}.
     */
    public void alterField(ModelMeta<?> meta, Field<?> from, Field<?> to) {
        String table = meta.dbTable();
        if (d.vendor().equals("sqlite")) {
            List<Field<?>> fields = new ArrayList<>();
            List<Field<?>> source = new ArrayList<>();
            for (Field<?> x : meta.concreteFields()) {
                fields.add(x.column().equals(from.column()) ? to : x);
                source.add(x.column().equals(from.column()) ? from : x);
            }
            SqliteRebuild.remake(this, db, meta, fields, source, meta.constraints());
            return;
        }
        // a foreign key whose target, column or constraint changes is dropped first and added again last
        boolean refChanged = constrained(from) != constrained(to) || !from.column().equals(to.column())
                || constrained(from) && !target(from).table().equals(target(to).table());
        if (refChanged && constrained(from)) {
            dropForeignKey(table, from);
        }
        if (from.isUnique() && !to.isUnique() && !from.isPrimaryKey()) {
            execute(d.dropConstraint(table, singleColumnIndex(table, from.column(), true, "_uniq"), "unique"));
        }
        if (needsIndex(from) && !needsIndex(to)) {
            execute(d.dropIndex(table, singleColumnIndex(table, from.column(), false, "_idx")));
        }
        if (!from.column().equals(to.column())) {
            execute(d.renameColumn(table, from.column(), to.column()));
        }
        if (!columnType(from).equals(columnType(to)) || from.isNullable() != to.isNullable()) {
            d.alterColumn(table, to.column(), columnType(to), to.isNullable()).forEach(this::execute);
        }
        if (!from.isUnique() && to.isUnique()) {
            execute("ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(name(table, List.of(to.column()), "_uniq")) + " UNIQUE (" + q(to.column()) + ")");
        }
        if (!needsIndex(from) && needsIndex(to)) {
            execute("CREATE INDEX " + q(name(table, List.of(to.column()), "_idx")) + " ON " + q(table) + " (" + q(to.column()) + ")");
        }
        if (refChanged && constrained(to)) {
            execute(foreignKey(table, to));
        }
    }

    // ---- indexes and constraints ---------------------------------------------------------------------

    /** Creates a declared index. */
    public void addIndex(ModelMeta<?> meta, Index index) {
        execute(indexSql(meta, index));
    }

    /** Drops a declared index. */
    public void removeIndex(ModelMeta<?> meta, Index index) {
        execute(d.dropIndex(meta.dbTable(), index.name()));
    }

    /**
     * Adds a unique or check constraint. SQLite, which has no {@code ADD CONSTRAINT}, gets a unique index for a
     * unique constraint and its table rebuilt with the check constraint (existing rows must satisfy it).
     */
    public void addConstraint(ModelMeta<?> meta, Constraint c) {
        if (d.vendor().equals("sqlite") && c instanceof Constraint.Unique u) {
            execute("CREATE UNIQUE INDEX " + q(u.name()) + " ON " + q(meta.dbTable()) + " ("
                    + String.join(", ", u.fields().stream().map(n -> q(meta.field(n).column())).toList()) + ")");
            return;
        }
        if (d.vendor().equals("sqlite")) {
            List<Constraint> constraints = new ArrayList<>(meta.constraints().stream().filter(x -> !x.name().equals(c.name())).toList());
            constraints.add(c);
            SqliteRebuild.remake(this, db, meta, meta.concreteFields(), meta.concreteFields(), constraints);
            return;
        }
        execute("ALTER TABLE " + q(meta.dbTable()) + " ADD " + constraintDefinition(meta, c));
    }

    /**
     * Drops a unique or check constraint; on SQLite a unique constraint made as an index drops the index, any other
     * constraint (declared in {@code CREATE TABLE}) goes by rebuilding the table without it.
     */
    public void removeConstraint(ModelMeta<?> meta, Constraint c) {
        if (d.vendor().equals("sqlite") && c instanceof Constraint.Unique
                && !Executor.queryMaps(db, new Sql("SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?", List.of(c.name()))).isEmpty()) {
            execute("DROP INDEX " + q(c.name()));
            return;
        }
        if (d.vendor().equals("sqlite")) {
            List<Constraint> remaining = meta.constraints().stream().filter(x -> !x.name().equals(c.name())).toList();
            SqliteRebuild.remake(this, db, meta, meta.concreteFields(), meta.concreteFields(), remaining);
            return;
        }
        execute(d.dropConstraint(meta.dbTable(), c.name(), c instanceof Constraint.Unique ? "unique" : "check"));
    }
}
