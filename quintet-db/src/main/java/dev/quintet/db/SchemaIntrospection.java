package dev.quintet.db;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of existing constraints and indexes, read from the database's metadata as Django's
 * {@code _constraint_names} does: the {@link SchemaEditor} generates names from table and column names, which a
 * {@code RenameModel} or {@code RenameField} may have changed since, so it drops what the database reports.
 * Tables are looked up as given, then upper-cased (for drivers that store identifiers that way).
 */
final class SchemaIntrospection {
    private SchemaIntrospection() {
    }

    /** The FOREIGN KEY constraint on {@code column} of {@code table}, or {@code null} when it has none. */
    static String foreignKeyName(Database db, String table, String column) {
        return db.withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), t)) {
                    while (rs.next()) {
                        if (column.equalsIgnoreCase(rs.getString("FKCOLUMN_NAME")) && rs.getString("FK_NAME") != null) {
                            return rs.getString("FK_NAME");
                        }
                    }
                }
            }
            return null;
        });
    }

    /**
     * The unique (or plain) index on {@code column} alone whose name ends with {@code suffix}: {@code expected} when it
     * exists, else another such index (one made under the table's or column's former name), else {@code null}.
     * Primary keys are never returned.
     */
    static String singleColumnIndex(Database db, String table, String column, boolean unique, String expected, String suffix) {
        return db.withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            Map<String, List<String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> uniqueness = new HashMap<>();
            for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = md.getIndexInfo(c.getCatalog(), c.getSchema(), t, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        if (index != null && rs.getString("COLUMN_NAME") != null) {
                            columns.computeIfAbsent(index, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                            uniqueness.put(index, !rs.getBoolean("NON_UNIQUE"));
                        }
                    }
                }
                if (!columns.isEmpty()) {
                    break;
                }
            }
            if (columns.containsKey(expected)) {
                return expected;
            }
            for (Map.Entry<String, List<String>> e : columns.entrySet()) {
                String index = e.getKey();
                boolean primary = index.equalsIgnoreCase("PRIMARY") || index.toLowerCase(Locale.ROOT).endsWith("_pkey");
                if (!primary && uniqueness.get(index) == unique && e.getValue().size() == 1
                        && e.getValue().getFirst().equalsIgnoreCase(column) && index.endsWith(suffix)) {
                    return index;
                }
            }
            return null;
        });
    }
}
