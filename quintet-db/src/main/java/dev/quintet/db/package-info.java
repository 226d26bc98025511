/**
 * Quintet's database layer: {@link dev.quintet.db.Databases} (connections by alias, HikariCP pools),
 * {@link dev.quintet.db.Transaction} (atomic blocks with savepoints, bound to a {@code ScopedValue}),
 * {@link dev.quintet.db.SchemaEditor} (DDL per dialect), {@link dev.quintet.db.QueryLog} (query capture, counting,
 * N+1 detection) and the error hierarchy ({@link dev.quintet.db.DatabaseError}, {@link dev.quintet.db.IntegrityError},
 * {@link dev.quintet.db.OperationalError}). Models and QuerySets live in {@link dev.quintet.db.models}.
 *
 * <h2>How it works</h2>
 * A QuerySet call builds an immutable query tree; evaluation compiles it for the database's
 * {@link dev.quintet.db.backends.Dialect} into an {@link dev.quintet.db.Sql} (text with {@code ?} and bound values),
 * which the executor runs on the connection of the enclosing atomic block, or on a pooled connection in autocommit,
 * logging it to the query log on the way.
 */
package dev.quintet.db;
