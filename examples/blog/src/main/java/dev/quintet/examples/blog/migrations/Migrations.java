package dev.quintet.examples.blog.migrations;

import dev.quintet.db.migrations.Migration;
import dev.quintet.db.migrations.MigrationIndex;

import java.util.List;

/** This app's migrations, in order; makemigrations adds each new one here. */
public final class Migrations implements MigrationIndex {
    @Override
    public List<Migration> migrations() {
        return List.of(
                new M0001_initial());
    }
}
