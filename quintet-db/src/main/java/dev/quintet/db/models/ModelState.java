package dev.quintet.db.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per-instance bookkeeping (Django's {@code _state}): new or saved, database, annotations, prefetched rows. */
final class ModelState {
    boolean adding = true;
    String db;
    Map<String, Object> annotations;
    Map<String, List<? extends Model>> prefetched;
    Set<String> deferred = Set.of();

    Map<String, Object> annotations() {
        if (annotations == null) {
            annotations = new HashMap<>();
        }
        return annotations;
    }

    Map<String, List<? extends Model>> prefetched() {
        if (prefetched == null) {
            prefetched = new HashMap<>();
        }
        return prefetched;
    }
}
