package dev.quintet.db.migrations;

import dev.quintet.db.models.Index;

/**
 * Drops a declared index; backwards, creates it again.
 *
 * @param model the lower-case model name
 * @param name  the index's name
 */
public record RemoveIndex(String model, String name) implements ModelItemOperation.Removes<Index> {
    @Override
    public Kind<Index> kind() {
        return Kind.INDEX;
    }

    @Override
    public String itemName() {
        return name;
    }
}
