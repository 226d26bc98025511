package dev.quintet.db.backends.mysql;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * MySQL and MariaDB: backtick quoting, {@code datetime(6)} holding UTC, {@code LIKE BINARY} for case-sensitive
 * pattern lookups (the default collation is case-insensitive, so {@code exact} is too, as in Django).
 * {@code RETURNING} needs MariaDB 10.5 or later.
 */
public final class MysqlDialect extends Dialect {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("AutoField", "integer"), Map.entry("BigAutoField", "bigint"),
            Map.entry("BinaryField", "longblob"), Map.entry("BooleanField", "bool"),
            Map.entry("CharField", "varchar(%(max_length)s)"), Map.entry("SlugField", "varchar(%(max_length)s)"),
            Map.entry("DateField", "date"), Map.entry("DateTimeField", "datetime(6)"),
            Map.entry("DecimalField", "numeric(%(max_digits)s, %(decimal_places)s)"),
            Map.entry("DurationField", "bigint"), Map.entry("FloatField", "double precision"),
            Map.entry("IntegerField", "integer"), Map.entry("BigIntegerField", "bigint"),
            Map.entry("SmallIntegerField", "smallint"), Map.entry("PositiveIntegerField", "integer"),
            Map.entry("JSONField", "json"), Map.entry("TextField", "longtext"), Map.entry("TimeField", "time(6)"),
            Map.entry("UUIDField", "char(32)"));

    private final boolean returning;

    /** A dialect for a server that does ({@code true}: MariaDB 10.5+) or does not support RETURNING. */
    public MysqlDialect(boolean returning) {
        this.returning = returning;
    }

    @Override
    public String vendor() {
        return "mysql";
    }

    @Override
    protected Map<String, String> dataTypes() {
        return TYPES;
    }

    @Override
    public String quote(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    @Override
    public String autoIncrementSuffix() {
        return " AUTO_INCREMENT";
    }

    @Override
    public boolean supportsReturning() {
        return returning;
    }

    @Override
    public String limitOffset(Long limit, Long offset, List<Object> params) {
        if (limit == null && offset != null && offset > 0) {
            params.add(offset);
            return " LIMIT 18446744073709551615 OFFSET ?";
        }
        return super.limitOffset(limit, offset, params);
    }

    @Override
    public String patternLookup(String lookup, String lhs, String value, List<Object> params) {
        params.add(likePattern(lookup, value));
        return lookup.startsWith("i") ? lhs + " LIKE ?" : lhs + " LIKE BINARY ?";
    }

    @Override
    public String regex(String lhs, boolean caseInsensitive) {
        return caseInsensitive ? lhs + " REGEXP ?" : lhs + " REGEXP BINARY ?";
    }

    @Override
    public String extract(String part, String lhs) {
        return switch (part) {
            case "week_day" -> "DAYOFWEEK(" + lhs + ")";
            default -> "EXTRACT(" + part.toUpperCase(java.util.Locale.ROOT) + " FROM " + lhs + ")";
        };
    }

    @Override
    public String castDate(String lhs) {
        return "DATE(" + lhs + ")";
    }

    @Override
    protected String escapeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("'", "''");
    }

    @Override
    public String random() {
        return "RAND()";
    }

    @Override
    public List<String> connectionInitSql() {
        return List.of("SET time_zone = '+00:00'");
    }

    @Override
    public boolean deferrableForeignKeys() {
        return false;
    }

    @Override
    public List<String> alterColumn(String table, String column, String type, boolean nullable) {
        return List.of("ALTER TABLE " + quote(table) + " MODIFY " + quote(column) + " " + type + (nullable ? " NULL" : " NOT NULL"));
    }

    @Override
    public String dropConstraint(String table, String name, String kind) {
        return switch (kind) {
            case "foreign_key" -> "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(name);
            case "unique" -> "ALTER TABLE " + quote(table) + " DROP INDEX " + quote(name);
            default -> super.dropConstraint(table, name, kind);
        };
    }

    @Override
    public String dropIndex(String table, String name) {
        return "DROP INDEX " + quote(name) + " ON " + quote(table);
    }

    @Override
    protected Object dateTimeToDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant readInstant(ResultSet rs, int index) throws SQLException {
        LocalDateTime dt = rs.getObject(index, LocalDateTime.class);
        return dt == null ? null : dt.toInstant(ZoneOffset.UTC);
    }
}
