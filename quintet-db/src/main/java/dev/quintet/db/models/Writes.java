package dev.quintet.db.models;

import dev.quintet.db.Transaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code getOrCreate} and {@code updateOrCreate}: look up, then create or update inside an atomic block. */
final class Writes {
    private Writes() {
    }

    static <T> QuerySet.Created<T> getOrCreate(QuerySet<T> given, Map<String, ?> lookups, Map<String, ?> defaults) {
        // as Django: the lookup, the insert and the retry all use the database writes go to
        QuerySet<T> qs = given.forWrite();
        try {
            return new QuerySet.Created<>(qs.filter(lookups).get(), false);
        } catch (ObjectDoesNotExist e) {
            Map<String, Object> values = new LinkedHashMap<>();
            lookups.forEach((k, v) -> {
                if (!k.contains("__")) {
                    values.put(k, v);
                }
            });
            values.putAll(defaults);
            try {
                return Transaction.atomic(qs.db(), () -> new QuerySet.Created<>(qs.create(values), true));
            } catch (dev.quintet.db.IntegrityError ie) {
                try {
                    return new QuerySet.Created<>(qs.filter(lookups).get(), false);
                } catch (ObjectDoesNotExist again) {
                    throw ie;
                }
            }
        }
    }

    static <T> QuerySet.Created<T> updateOrCreate(QuerySet<T> given, Map<String, ?> lookups, Map<String, ?> defaults) {
        QuerySet<T> qs = given.forWrite();
        return Transaction.atomic(qs.db(), () -> {
            List<T> found = qs.filter(lookups).selectForUpdate().orderBy().slice(0, 2).list();
            if (found.size() > 1) {
                throw new MultipleObjectsReturned(qs.meta.modelClass(), "get() returned more than one "
                        + qs.meta.modelClass().getSimpleName() + " -- it returned 2!");
            }
            if (found.isEmpty()) {
                return getOrCreate(qs, lookups, defaults);
            }
            T obj = found.getFirst();
            qs.assign((Model) obj, defaults);
            ((Model) obj).save(defaults.keySet().toArray(String[]::new));
            return new QuerySet.Created<>(obj, false);
        });
    }
}
