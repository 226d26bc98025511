/**
 * Database back ends: the {@link dev.quintet.db.backends.Dialect} contract and one implementation per vendor
 * ({@code sqlite}, {@code postgresql}, {@code mysql} for MySQL and MariaDB).
 */
package dev.quintet.db.backends;
