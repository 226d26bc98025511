package dev.quintet.db.migrations;

import dev.quintet.db.SchemaEditor;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What {@link AddIndex}/{@link AddConstraint} and {@link RemoveIndex}/{@link RemoveConstraint} share: adding or
 * removing a named item (an index, a constraint) of a model's state, and creating or dropping it in the database.
 * The records only say which {@link Kind} of item they carry.
 *
 * @param <T> the item type
 */
public sealed interface ModelItemOperation<T> extends Operation permits ModelItemOperation.Adds, ModelItemOperation.Removes {

    /**
     * A kind of named model item: how the state lists it and how the schema editor creates and drops it.
     *
     * @param <I> the item type
     */
    final class Kind<I> {
        /** Declared indexes. */
        static final Kind<Index> INDEX = new Kind<>("index", "", ModelState::indexes, ModelState::withIndexes, Index::name,
                SchemaEditor::addIndex, SchemaEditor::removeIndex);
        /** Declared unique and check constraints. */
        static final Kind<Constraint> CONSTRAINT = new Kind<>("constraint", "model ", ModelState::constraints,
                ModelState::withConstraints, Constraint::name, SchemaEditor::addConstraint, SchemaEditor::removeConstraint);

        private final String noun;
        private final String modelWord;
        private final Function<ModelState, List<I>> list;
        private final BiFunction<ModelState, List<I>, ModelState> with;
        private final Function<I, String> name;
        private final DdlStep<I> create;
        private final DdlStep<I> drop;

        private Kind(String noun, String modelWord, Function<ModelState, List<I>> list, BiFunction<ModelState, List<I>, ModelState> with,
                     Function<I, String> name, DdlStep<I> create, DdlStep<I> drop) {
            this.noun = noun;
            this.modelWord = modelWord;
            this.list = list;
            this.with = with;
            this.name = name;
            this.create = create;
            this.drop = drop;
        }

        private ProjectState plus(String app, ProjectState state, String model, I item) {
            ModelState m = state.get(app, model);
            List<I> items = new ArrayList<>(list.apply(m));
            items.add(item);
            return state.with(with.apply(m, items));
        }

        private ProjectState minus(String app, ProjectState state, String model, String itemName) {
            ModelState m = state.get(app, model);
            List<I> items = new ArrayList<>(list.apply(m));
            items.remove(find(m, itemName));
            return state.with(with.apply(m, items));
        }

        private I find(ModelState m, String itemName) {
            return list.apply(m).stream().filter(x -> name.apply(x).equals(itemName)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + noun + " " + itemName + " on " + m.key()));
        }

        private void create(String app, MigrationContext ctx, ProjectState state, String model, String itemName) {
            create.run(ctx.editor(), state.meta(app, model), find(state.get(app, model), itemName));
        }

        private void drop(String app, MigrationContext ctx, ProjectState state, String model, String itemName) {
            drop.run(ctx.editor(), state.meta(app, model), find(state.get(app, model), itemName));
        }
    }

    /** A schema editor method creating or dropping an item. */
    @FunctionalInterface
    interface DdlStep<T> {
        void run(SchemaEditor editor, ModelMeta<Model> meta, T item);
    }

    /** The kind of item. */
    Kind<T> kind();

    /** The lower-case model name. */
    String model();

    /** The item's name. */
    String itemName();

    /** Whether the item is added (else removed) going forwards. */
    boolean adds();

    @Override
    default ProjectState stateForwards(String app, ProjectState state) {
        return this instanceof Adds<T> add ? kind().plus(app, state, model(), add.item()) : kind().minus(app, state, model(), itemName());
    }

    @Override
    default void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        if (adds()) {
            kind().create(app, ctx, to, model(), itemName());
        } else {
            kind().drop(app, ctx, from, model(), itemName());
        }
    }

    @Override
    default void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        if (adds()) {
            kind().drop(app, ctx, from, model(), itemName());
        } else {
            kind().create(app, ctx, to, model(), itemName());
        }
    }

    @Override
    default String describe() {
        return (adds() ? "Create " : "Remove ") + kind().noun + " " + itemName() + (adds() ? " on " : " from ") + kind().modelWord + model();
    }

    @Override
    default String nameFragment() {
        return (adds() ? "" : "remove_") + model() + "_" + itemName();
    }

    @Override
    default String modelName() {
        return model();
    }

    /**
     * Adds an item; backwards, drops it.
     *
     * @param <T> the item type
     */
    sealed interface Adds<T> extends ModelItemOperation<T> permits AddIndex, AddConstraint {
        /** The item added. */
        T item();

        @Override
        default String itemName() {
            return kind().name.apply(item());
        }

        @Override
        default boolean adds() {
            return true;
        }
    }

    /**
     * Drops an item; backwards, creates it again.
     *
     * @param <T> the item type
     */
    sealed interface Removes<T> extends ModelItemOperation<T> permits RemoveIndex, RemoveConstraint {
        @Override
        default boolean adds() {
            return false;
        }
    }
}
