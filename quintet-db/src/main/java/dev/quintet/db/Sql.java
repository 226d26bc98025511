package dev.quintet.db;

import java.util.ArrayList;
import java.util.List;

/**
 * One SQL statement ready for JDBC: its text with {@code ?} placeholders and the values bound to them.
 * Every value reaches the database as a bound parameter; only quoted identifiers and SQL keywords
 * appear in {@link #text()}.
 *
 * @param text   the statement text
 * @param params the bound values, in placeholder order
 */
public record Sql(String text, List<Object> params) {
    /** Copies the parameter list (which may hold {@code null}s) so the record stays immutable. */
    public Sql {
        params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** A statement without parameters. */
    public static Sql of(String text) {
        return new Sql(text, List.of());
    }

    /** A statement with parameters (nulls allowed). */
    public static Sql of(String text, Object... params) {
        return new Sql(text, java.util.Arrays.asList(params));
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
