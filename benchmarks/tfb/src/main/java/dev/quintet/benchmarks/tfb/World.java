package dev.quintet.benchmarks.tfb;

import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;

/**
 * A row of TechEmpower's {@code world} table ({@code id integer primary key, randomnumber integer}), 10,000
 * rows seeded by the benchmark harness. Mapped onto the existing table, as Django's {@code managed = False}.
 */
public final class World extends Model {
    /** The manager: {@code World.objects.get("id", 42)}. */
    public static final Manager<World> objects = Manager.of(World.class, m -> m
            .app("tfb")
            .dbTable("world")
            .field("id", IntegerField.of().primaryKey())
            .field("randomNumber", IntegerField.of().dbColumn("randomnumber")));

    /** The random number, 1..10,000. */
    public int randomNumber;
}
