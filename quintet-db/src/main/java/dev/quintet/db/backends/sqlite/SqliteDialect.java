package dev.quintet.db.backends.sqlite;

import dev.quintet.db.backends.Dialect;
import org.sqlite.Function;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SQLite: dates and times as ISO text in UTC, booleans as 0/1, a Java {@code REGEXP} function registered on each
 * connection, and case-sensitive {@code contains}/{@code startswith}/{@code endswith} through {@code instr} and
 * {@code substr} (SQLite's LIKE ignores ASCII case). {@code selectForUpdate()} is ignored, as in Django.
 */
public final class SqliteDialect extends Dialect {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("AutoField", "integer"), Map.entry("BigAutoField", "integer"),
            Map.entry("BinaryField", "BLOB"), Map.entry("BooleanField", "bool"),
            Map.entry("CharField", "varchar(%(max_length)s)"), Map.entry("SlugField", "varchar(%(max_length)s)"),
            Map.entry("DateField", "date"), Map.entry("DateTimeField", "datetime"),
            Map.entry("DecimalField", "decimal"), Map.entry("DurationField", "bigint"),
            Map.entry("FloatField", "real"), Map.entry("IntegerField", "integer"),
            Map.entry("BigIntegerField", "bigint"), Map.entry("SmallIntegerField", "smallint"),
            Map.entry("PositiveIntegerField", "integer unsigned"), Map.entry("JSONField", "text"),
            Map.entry("TextField", "text"), Map.entry("TimeField", "time"), Map.entry("UUIDField", "char(32)"));

    @Override
    public String vendor() {
        return "sqlite";
    }

    @Override
    protected Map<String, String> dataTypes() {
        return TYPES;
    }

    @Override
    public String autoIncrementSuffix() {
        return " AUTOINCREMENT";
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public String quoteValue(Object value) {
        return value instanceof Boolean b ? (b ? "1" : "0") : super.quoteValue(value);
    }

    @Override
    public String limitOffset(Long limit, Long offset, List<Object> params) {
        if (limit == null && offset != null && offset > 0) {
            params.add(offset);
            return " LIMIT -1 OFFSET ?";
        }
        return super.limitOffset(limit, offset, params);
    }

    @Override
    public boolean inlineForeignKeys() {
        return true;
    }

    @Override
    public String patternLookup(String lookup, String lhs, String value, List<Object> params) {
        switch (lookup) {
            case "contains" -> {
                params.add(value);
                return "instr(" + lhs + ", ?) > 0";
            }
            case "startswith" -> {
                params.add(value);
                return "instr(" + lhs + ", ?) = 1";
            }
            case "endswith" -> {
                params.add(value);
                params.add(value);
                return "substr(" + lhs + ", length(" + lhs + ") - length(?) + 1) = ?";
            }
            default -> {
                params.add(likePattern(lookup, value));
                return lhs + " LIKE ? ESCAPE '\\'";
            }
        }
    }

    @Override
    public String regex(String lhs, boolean caseInsensitive) {
        return lhs + " REGEXP ?";
    }

    @Override
    public String regexParam(String pattern, boolean caseInsensitive) {
        return caseInsensitive ? "(?i)" + pattern : pattern;
    }

    @Override
    public String extract(String part, String lhs) {
        return switch (part) {
            case "year" -> "CAST(strftime('%Y', " + lhs + ") AS INTEGER)";
            case "month" -> "CAST(strftime('%m', " + lhs + ") AS INTEGER)";
            case "day" -> "CAST(strftime('%d', " + lhs + ") AS INTEGER)";
            case "hour" -> "CAST(strftime('%H', " + lhs + ") AS INTEGER)";
            case "minute" -> "CAST(strftime('%M', " + lhs + ") AS INTEGER)";
            case "week_day" -> "(CAST(strftime('%w', " + lhs + ") AS INTEGER) + 1)";
            default -> throw new IllegalArgumentException(part);
        };
    }

    @Override
    public String castDate(String lhs) {
        return "date(" + lhs + ")";
    }

    @Override
    public String forUpdate(boolean nowait, boolean skipLocked) {
        return "";
    }

    @Override
    public void initConnection(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 5000");
        }
        Function.create(connection.unwrap(org.sqlite.SQLiteConnection.class), "REGEXP", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String pattern = value_text(0);
                String text = value_text(1);
                if (pattern == null || text == null) {
                    result();
                } else {
                    result(Pattern.compile(pattern).matcher(text).find() ? 1 : 0);
                }
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }

    @Override
    public boolean isIntegrityError(SQLException e) {
        return (e.getErrorCode() & 0xff) == 19 || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT");
    }

    @Override
    public List<String> alterColumn(String table, String column, String type, boolean nullable) {
        return List.of();
    }

    @Override
    public Object toDb(Object value) {
        return switch (value) {
            case LocalDate d -> d.toString();
            case LocalTime t -> t.toString();
            case Boolean b -> b ? 1 : 0;
            case java.math.BigDecimal d -> d.toPlainString();
            case null, default -> super.toDb(value);
        };
    }

    @Override
    protected Object dateTimeToDb(Instant instant) {
        return TEXT_DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant readInstant(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        if (s == null) {
            return null;
        }
        String t = s.replace(' ', 'T');
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return java.time.OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }

    @Override
    public LocalDate readDate(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    @Override
    public LocalTime readTime(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        return s == null ? null : LocalTime.parse(s);
    }
}
