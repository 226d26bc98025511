package dev.quintet.db.migrations;

import dev.quintet.db.models.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges operations of one migration (Django's {@code MigrationOptimizer}): {@code CreateModel} absorbs later
 * field, index, constraint and option changes of its model, {@code AddField} + {@code RemoveField} cancel out,
 * {@code AddField} absorbs {@code AlterField}/{@code RenameField}, consecutive alters and renames collapse, and
 * {@code CreateModel} + {@code DeleteModel} disappear. An operation is merged into an earlier one across
 * operations on other models only; raw SQL and Java code are barriers. Runs until nothing changes.
 */
public final class Optimizer {
    private Optimizer() {
    }

    /** The optimised operations of a migration of {@code app}. */
    public static List<Operation> optimize(String app, List<Operation> operations) {
        List<Operation> ops = new ArrayList<>(operations);
        boolean changed = true;
        while (changed) {
            changed = pass(app, ops);
        }
        return List.copyOf(ops);
    }

    private static boolean pass(String app, List<Operation> ops) {
        for (int i = 0; i < ops.size(); i++) {
            Operation a = ops.get(i);
            if (a.modelName() == null) {
                continue;
            }
            for (int j = i + 1; j < ops.size(); j++) {
                Operation b = ops.get(j);
                if (b.modelName() == null || b instanceof CreateModel || b instanceof RenameModel) {
                    break;      // barrier
                }
                List<Operation> merged = reduce(app, a, b);
                if (merged != null) {
                    ops.remove(j);
                    ops.remove(i);
                    ops.addAll(i, merged);
                    return true;
                }
                if (Objects.equals(b.modelName(), a.modelName()) || refersTo(b, a.modelName())) {
                    break;      // same model: order matters from here on
                }
            }
        }
        return false;
    }

    private static boolean refersTo(Operation op, String model) {
        Field<?> f = op instanceof AddField af ? af.field() : op instanceof AlterField al ? al.field() : null;
        return f != null && f.isRelation() && f.dbParameters().get("to") instanceof String s
                && s.toLowerCase(java.util.Locale.ROOT).endsWith("." + model);
    }

    private static List<Operation> folded(String app, ModelState m, Operation b) {
        return List.of(new CreateModel(b.stateForwards(app, ProjectState.of(List.of(m))).get(app, m.name())));
    }

    /** The replacement of {@code a} followed by {@code b}, or {@code null} when they do not merge. */
    static List<Operation> reduce(String app, Operation a, Operation b) {
        if (!Objects.equals(a.modelName(), b.modelName())) {
            return null;
        }
        if (a instanceof CreateModel c) {
            ModelState m = c.model();
            return switch (b) {
                case DeleteModel d -> List.of();
                case AddField f when f.preserveDefault() -> List.of(new CreateModel(m.plusField(f.field())));
                case AddField f -> List.of(new CreateModel(m.plusField(f.stateField())));
                case RemoveField f -> List.of(new CreateModel(m.minusField(f.name())));
                case AlterField f -> List.of(new CreateModel(m.replaceField(f.name(), f.field())));
                case RenameField f -> folded(app, m, b);
                case ModelItemOperation<?> x -> folded(app, m, b);
                case AlterUniqueTogether x -> folded(app, m, b);
                case AlterModelTable x -> folded(app, m, b);
                case AlterModelOptions x -> folded(app, m, b);
                default -> null;
            };
        }
        if (a instanceof AddField add) {
            return switch (b) {
                case RemoveField r when r.name().equals(add.name()) -> List.of();
                case AlterField al when al.name().equals(add.name()) -> List.of(new AddField(add.model(), add.name(), al.field()));
                case RenameField rn when rn.oldName().equals(add.name()) -> List.of(new AddField(add.model(), rn.newName(), add.field(),
                        add.preserveDefault(), add.stateField()));
                default -> null;
            };
        }
        if (a instanceof AlterField al) {
            return switch (b) {
                case AlterField al2 when al2.name().equals(al.name()) -> List.of(al2);
                case RemoveField r when r.name().equals(al.name()) -> List.of(r);
                default -> null;
            };
        }
        if (a instanceof RenameField rn && b instanceof RenameField rn2 && rn.newName().equals(rn2.oldName())) {
            return rn.oldName().equals(rn2.newName()) ? List.of() : List.of(new RenameField(rn.model(), rn.oldName(), rn2.newName()));
        }
        if (a instanceof ModelItemOperation.Adds<?> add && b instanceof ModelItemOperation.Removes<?> rm
                && add.kind() == rm.kind() && add.itemName().equals(rm.itemName())) {
            return List.of();
        }
        if (a instanceof AlterModelOptions && b instanceof AlterModelOptions) {
            return List.of(b);
        }
        if (a instanceof AlterUniqueTogether && b instanceof AlterUniqueTogether) {
            return List.of(b);
        }
        return null;
    }
}
