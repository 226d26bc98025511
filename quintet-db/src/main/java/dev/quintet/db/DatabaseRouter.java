package dev.quintet.db;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.Map;

/**
 * Decides which database a model's queries use when the code names none (Django's {@code DATABASE_ROUTERS}).
 * Install routers with {@link Databases#withRouters}; each method may return {@code null} ("no opinion") to let
 * the next router decide. When every router abstains: reads and writes go to the instance's database (the hint
 * {@code "instance"}) or {@code default}, relations are allowed between objects of the same database, and every
 * migration is allowed.
 *
 * <p>A primary/replica setup:
 * <pre>{@code
 * class PrimaryReplica implements DatabaseRouter {
 *     public String dbForRead(ModelMeta<?> model, Map<String, Object> hints) { return "replica"; }
 *     public String dbForWrite(ModelMeta<?> model, Map<String, Object> hints) { return "default"; }
 *     public Boolean allowRelation(Model a, Model b) { return true; }   // both hold the same data
 * }
 * Databases.install(Databases.fromUrls(Map.of("default", primaryUrl, "replica", replicaUrl))
 *         .withRouters(new PrimaryReplica()));
 * }</pre>
 * An explicit {@code using("alias")} on a QuerySet always wins over the routers.
 */
public interface DatabaseRouter {
    /** The hint key holding the model instance a read or write concerns (on {@code save()}, {@code delete()}). */
    String INSTANCE = "instance";

    /** The alias to read {@code model} from, or {@code null} for no opinion. */
    default String dbForRead(ModelMeta<?> model, Map<String, Object> hints) {
        return null;
    }

    /** The alias to write {@code model} to, or {@code null} for no opinion. */
    default String dbForWrite(ModelMeta<?> model, Map<String, Object> hints) {
        return null;
    }

    /** Whether a relation between two instances is allowed, or {@code null} for no opinion. */
    default Boolean allowRelation(Model a, Model b) {
        return null;
    }

    /**
     * Whether migrations of {@code appLabel}'s model {@code modelName} (or {@code null} for operations without a
     * model) may run on the database {@code alias}, or {@code null} for no opinion.
     */
    default Boolean allowMigrate(String alias, String appLabel, String modelName, Map<String, Object> hints) {
        return null;
    }
}
