package dev.quintet.db.backends;

import dev.quintet.db.models.Field;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What differs between database back ends: identifier quoting, column types, LIMIT syntax, pattern and regex
 * lookups, date extraction, value binding and error classification. The query compiler asks the dialect for
 * every such piece, so a back end overrides only this class.
 *
 * <p>Pattern lookups ({@code contains}, {@code startswith}...) escape {@code %}, {@code _} and {@code \} in the
 * value with {@link #escapeLike(String)} and bind it as a parameter.
 */
public abstract class Dialect {
    /** The SQLite-style datetime text format used where a back end stores date-times as text. */
    protected static final DateTimeFormatter TEXT_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** The vendor name: {@code sqlite}, {@code postgresql} or {@code mysql}. */
    public abstract String vendor();

    /** Column types by Django internal type; values may hold {@code %(max_length)s}-style parameters. */
    protected abstract Map<String, String> dataTypes();

    /** Quotes an identifier (table, column, alias). */
    public String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The column type of a field, or {@code null} for fields without a column. */
    public String columnType(Field<?> field) {
        if (!field.isConcrete()) {
            return null;
        }
        String internal = field.internalType();
        if (field instanceof dev.quintet.db.models.RelatedField<?> rf) {
            Field<?> pk = rf.targetMeta().pk();
            internal = switch (pk.internalType()) {
                case "AutoField" -> "IntegerField";
                case "BigAutoField" -> "BigIntegerField";
                default -> pk.internalType();
            };
            field = pk;
        }
        String type = dataTypes().get(internal);
        if (type == null) {
            throw new IllegalArgumentException("No column type for " + internal + " on " + vendor());
        }
        for (Map.Entry<String, Object> p : field.dbParameters().entrySet()) {
            type = type.replace("%(" + p.getKey() + ")s", String.valueOf(p.getValue()));
        }
        return type;
    }

    /** A CHECK constraint a type needs ({@code PositiveIntegerField}), or {@code null}. */
    public String columnCheck(Field<?> field, String quotedColumn) {
        return "PositiveIntegerField".equals(field.internalType()) ? quotedColumn + " >= 0" : null;
    }

    /** What follows the column type of an auto-increment primary key. */
    public abstract String autoIncrementSuffix();

    /** Whether {@code INSERT ... RETURNING} is available on this server. */
    public abstract boolean supportsReturning();

    /** The placeholder for a JSON parameter. */
    public String jsonPlaceholder() {
        return "?";
    }

    /** LIMIT/OFFSET; adds the bound values to {@code params}. */
    public String limitOffset(Long limit, Long offset, List<Object> params) {
        StringBuilder b = new StringBuilder();
        if (limit != null) {
            b.append(" LIMIT ?");
            params.add(limit);
        }
        if (offset != null && offset > 0) {
            b.append(" OFFSET ?");
            params.add(offset);
        }
        return b.toString();
    }

    /** Escapes {@code \}, {@code %} and {@code _} for a LIKE pattern with {@code \} as the escape character. */
    public static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * A pattern lookup ({@code contains}, {@code icontains}, {@code startswith}, {@code istartswith},
     * {@code endswith}, {@code iendswith}) on {@code lhs}, binding {@code value} in {@code params}.
     */
    public String patternLookup(String lookup, String lhs, String value, List<Object> params) {
        String pattern = likePattern(lookup, value);
        params.add(pattern);
        if (lookup.startsWith("i")) {
            return "UPPER(" + lhs + ") LIKE UPPER(?) ESCAPE '\\'";
        }
        return lhs + " LIKE ? ESCAPE '\\'";
    }

    /** The LIKE pattern for a pattern lookup. */
    protected static String likePattern(String lookup, String value) {
        String e = escapeLike(value);
        return switch (lookup) {
            case "contains", "icontains" -> "%" + e + "%";
            case "startswith", "istartswith" -> e + "%";
            case "endswith", "iendswith" -> "%" + e;
            default -> throw new IllegalArgumentException(lookup);
        };
    }

    /** A case-insensitive equality. */
    public String iexact(String lhs) {
        return "UPPER(" + lhs + ") = UPPER(?)";
    }

    /** A regular-expression match of {@code lhs} against one bound pattern. */
    public abstract String regex(String lhs, boolean caseInsensitive);

    /** The value bound for a regex pattern. */
    public String regexParam(String pattern, boolean caseInsensitive) {
        return pattern;
    }

    /** Extracts {@code year, month, day, week_day (1 = Sunday), hour, minute} from a date or date-time. */
    public abstract String extract(String part, String lhs);

    /** The date part of a date-time. */
    public abstract String castDate(String lhs);

    /** A random ordering expression. */
    public String random() {
        return "RANDOM()";
    }

    /** The row-locking clause. */
    public String forUpdate(boolean nowait, boolean skipLocked) {
        return " FOR UPDATE" + (nowait ? " NOWAIT" : skipLocked ? " SKIP LOCKED" : "");
    }

    /** SQL run on every new connection. */
    public List<String> connectionInitSql() {
        return List.of();
    }

    /** Prepares a new connection (functions, pragmas); called once per physical connection. */
    public void initConnection(Connection connection) throws SQLException {
    }

    /** Whether a driver exception is a constraint violation. */
    public boolean isIntegrityError(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23");
    }

    /** The statement dropping a table, with its dependants where the back end needs it. */
    public String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    /** Whether foreign keys are declared inline in CREATE TABLE (SQLite) rather than added afterwards. */
    public boolean inlineForeignKeys() {
        return false;
    }

    /** Whether FOREIGN KEY constraints can be DEFERRABLE INITIALLY DEFERRED. */
    public boolean deferrableForeignKeys() {
        return true;
    }

    /** Statements altering a column's type and nullability ({@code newDefinition} is {@code type [NOT] NULL}). */
    public abstract List<String> alterColumn(String table, String column, String type, boolean nullable);

    /** Statement dropping a named constraint of a table (unique or check or foreign key). */
    public String dropConstraint(String table, String name, String kind) {
        return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name);
    }

    /** Statement dropping an index. */
    public String dropIndex(String table, String name) {
        return "DROP INDEX " + quote(name);
    }

    /** A literal for DDL, where parameters cannot be bound (defaults, CHECK constraints). */
    public String quoteValue(Object value) {
        Object v = toDb(value);
        return switch (v) {
            case null -> "NULL";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case Number n -> n.toString();
            case byte[] bytes -> "X'" + java.util.HexFormat.of().formatHex(bytes) + "'";
            default -> "'" + escapeLiteral(v.toString()) + "'";
        };
    }

    /** Escapes a string literal's content. */
    protected String escapeLiteral(String s) {
        return s.replace("'", "''");
    }

    /** Renames a column. */
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    // ---- values ---------------------------------------------------------------------------------------

    /** Converts a canonical Java value into what the driver binds. */
    public Object toDb(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> dateTimeToDb(i);
            case OffsetDateTime o -> dateTimeToDb(o.toInstant());
            case java.time.ZonedDateTime z -> dateTimeToDb(z.toInstant());
            case LocalDateTime dt -> dateTimeToDb(dt.toInstant(ZoneOffset.UTC));
            case Duration d -> d.getSeconds() * 1_000_000L + d.getNano() / 1000;
            case UUID u -> uuidToDb(u);
            case Enum<?> e -> e.name();
            default -> value;
        };
    }

    /** Binds an aware date-time (as UTC). */
    protected abstract Object dateTimeToDb(Instant instant);

    /** Binds a UUID. */
    protected Object uuidToDb(UUID uuid) {
        return uuid.toString().replace("-", "");
    }

    /** Reads an aware date-time. */
    public abstract Instant readInstant(ResultSet rs, int index) throws SQLException;

    /** Reads a date. */
    public LocalDate readDate(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    /** Reads a time. */
    public LocalTime readTime(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalTime.class);
    }

    /** Reads a UUID. */
    public UUID readUuid(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        if (s == null) {
            return null;
        }
        if (s.length() == 32) {
            s = s.substring(0, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16) + "-" + s.substring(16, 20) + "-" + s.substring(20);
        }
        return UUID.fromString(s);
    }

    @Override
    public String toString() {
        return vendor();
    }
}
