package dev.quintet.db.models;

/** The first non-null of several expressions: {@code Coalesce.of(F.of("nickname"), F.of("name"))}. */
public final class Coalesce {
    private Coalesce() {
    }

    /** {@code COALESCE(a, b, ...)}; constants become bound parameters. */
    public static Func of(Object... expressions) {
        if (expressions.length < 2) {
            throw new IllegalArgumentException("Coalesce must take at least two expressions");
        }
        return Func.of("COALESCE", expressions);
    }
}
