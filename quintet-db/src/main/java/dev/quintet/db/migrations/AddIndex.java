package dev.quintet.db.migrations;

import dev.quintet.db.models.Index;

/**
 * Creates a declared index; backwards, drops it.
 *
 * @param model the lower-case model name
 * @param index the index
 */
public record AddIndex(String model, Index index) implements ModelItemOperation.Adds<Index> {
    @Override
    public Kind<Index> kind() {
        return Kind.INDEX;
    }

    @Override
    public Index item() {
        return index;
    }
}
