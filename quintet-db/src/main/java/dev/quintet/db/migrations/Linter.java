package dev.quintet.db.migrations;

import dev.quintet.db.models.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * Warns about operations that lock or break a live database (beyond Django), each warning with the safer
 * sequence: a non-null column filled with a one-off default, an index built without {@code CONCURRENTLY} on
 * PostgreSQL, a column rename that running code still reads, a column type changed in place.
 */
public final class Linter {
    private Linter() {
    }

    /** Warnings for the operations of a migration of {@code app}, applied on {@code before}. */
    public static List<String> warnings(String app, List<Operation> ops, ProjectState before) {
        List<String> out = new ArrayList<>();
        ProjectState s = before;
        for (Operation op : ops) {
            String where = app + "." + (op.modelName() == null ? "" : op.modelName());
            switch (op) {
                case AddField a when !a.preserveDefault() -> out.add(where + "." + a.name() + ": adding a NOT NULL column fills every"
                        + " existing row while holding a table lock (a full rewrite on older databases). Safer: add it .nullable(),"
                        + " backfill in batches (RunJava), then make it non-null in a later migration.");
                case AddField a when a.field().isUnique() || a.field().isDbIndex() -> out.add(where + "." + a.name()
                        + ": the index on the new column is built while writes are blocked. On PostgreSQL, add the column"
                        + " without it and create the index with RunSQL.of(\"CREATE INDEX CONCURRENTLY ...\").onlyOn(\"postgresql\")"
                        + " in a migration of its own.");
                case AddIndex a -> out.add(where + ": index " + a.index().name() + " is created without CONCURRENTLY and blocks"
                        + " writes to the table while it builds on PostgreSQL. Safer: RunSQL.of(\"CREATE INDEX CONCURRENTLY "
                        + a.index().name() + " ON ...\").reverse(\"DROP INDEX CONCURRENTLY " + a.index().name() + "\").onlyOn(\"postgresql\").");
                case RenameField r -> out.add(where + "." + r.oldName() + " -> " + r.newName() + ": running code still reads the old"
                        + " column until it is redeployed. Safer: add the new field, write both, backfill, switch reads, then"
                        + " remove the old field in a later release.");
                case AlterField a -> {
                    Field<?> old = s.find(app, a.model()) == null ? null : s.get(app, a.model()).field(a.name());
                    if (old != null && old.isConcrete() && a.field().isConcrete() && !typeOf(old).equals(typeOf(a.field()))) {
                        out.add(where + "." + a.name() + ": changing the column type in place rewrites the table under an"
                                + " exclusive lock and can break running code. Safer: add a new column, backfill it, switch"
                                + " the code, then remove the old one.");
                    }
                }
                default -> {
                }
            }
            s = op.stateForwards(app, s);
        }
        return out;
    }

    private static String typeOf(Field<?> f) {
        return f.internalType() + f.dbParameters().entrySet().stream().filter(e -> e.getKey().equals("max_length")
                || e.getKey().equals("max_digits") || e.getKey().equals("decimal_places")).sorted(java.util.Map.Entry.comparingByKey()).toList()
               ;
    }
}
