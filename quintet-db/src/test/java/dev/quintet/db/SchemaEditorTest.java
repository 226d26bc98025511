package dev.quintet.db;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.Ref;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DDL through the schema editor on every back end: columns added, altered and removed keep the data. */
class SchemaEditorTest {
    /** A model whose table the test reshapes. */
    public static class Widget extends Model {
        public static final Manager<Widget> objects = Manager.of(Widget.class, m -> m
                .app("qs")
                .field("name", CharField.maxLength(10))
                .field("size", IntegerField.of().nullable()));
        public String name;
        public Integer size;
    }

    /** A model referencing {@link Widget}. */
    public static class Part extends Model {
        public static final Manager<Part> objects = Manager.of(Part.class, m -> m
                .app("qs")
                .field("widget", ForeignKey.to(Widget.class)));
        public Ref<Widget> widget;
    }

    private static List<Map<String, Object>> rows(Database db) {
        return db.query(Sql.of("SELECT * FROM qs_widget ORDER BY id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void reshapes_a_table(String backend) {
        Database db = TestDatabases.get(backend).defaultDatabase();
        ModelMeta<Widget> meta = Widget.objects.meta();
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.dropModelsIfExist(List.of(Part.objects.meta(), meta));
        }
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.createModel(meta);
            ed.createModel(Part.objects.meta());
        }
        TestDatabases.run(backend, () -> {
            Widget w = Widget.objects.create("name", "gear", "size", 3);
            Part.objects.create("widget", w);
        });
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.addField(meta, IntegerField.of().withDefault(7).named("weight"));
            ed.addField(meta, CharField.maxLength(5).nullable().named("color"));
        }
        assertThat(rows(db).getFirst()).containsKeys("weight", "color");
        assertThat(((Number) rows(db).getFirst().get("weight")).intValue()).isEqualTo(7);

        Field<?> oldName = meta.field("name");
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.alterField(meta, oldName, CharField.maxLength(50).nullable().unique().named("name"));
        }
        db.execute(Sql.of("INSERT INTO qs_widget (name, size, weight) VALUES (?, ?, ?)", "a much longer name than ten", null, 1));
        db.execute(Sql.of("INSERT INTO qs_widget (name, size, weight) VALUES (?, ?, ?)", null, null, 1));
        assertThatThrownBy(() -> db.execute(Sql.of("INSERT INTO qs_widget (name, size, weight) VALUES (?, ?, ?)", "gear", null, 1)))
                .isInstanceOf(IntegrityError.class);

        ModelMeta<?> current = ModelMeta.detached("qs", "Widget", m -> m
                .field("name", CharField.maxLength(50).nullable().unique())
                .field("size", IntegerField.of().nullable())
                .field("weight", IntegerField.of())
                .field("color", CharField.maxLength(5).nullable()));
        assertThat(current.dbTable()).isEqualTo("qs_widget");
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.addIndex(meta, Index.of("qs_widget_size_idx", "size", "-name"));
            ed.removeIndex(meta, Index.of("qs_widget_size_idx", "size", "-name"));
            ed.addConstraint(meta, Constraint.unique("qs_widget_size_uniq", "size", "name"));
            ed.removeConstraint(meta, Constraint.unique("qs_widget_size_uniq", "size", "name"));
            ed.alterField(current, current.field("size"), IntegerField.of().nullable().dbColumn("dimension").named("size"));
        }
        ModelMeta<?> renamed = ModelMeta.detached("qs", "widget", m -> m
                .field("name", CharField.maxLength(50).nullable().unique())
                .field("size", IntegerField.of().nullable().dbColumn("dimension"))
                .field("weight", IntegerField.of())
                .field("color", CharField.maxLength(5).nullable()));
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.removeField(renamed, renamed.field("color"));
        }
        Map<String, Object> first = rows(db).getFirst();
        assertThat(first).containsKey("dimension").doesNotContainKeys("color", "size");
        assertThat(first.get("name")).isEqualTo("gear");
        assertThat(((Number) first.get("dimension")).intValue()).isEqualTo(3);
        assertThat(db.query(Sql.of("SELECT COUNT(*) AS n FROM qs_part")).getFirst().values().iterator().next()).isIn(1, 1L);
        assertThatThrownBy(() -> db.execute(Sql.of("INSERT INTO qs_part (widget_id) VALUES (?)", 999)))
                .as("foreign key enforced").isInstanceOf(IntegrityError.class);

        List<String> sql;
        try (SchemaEditor ed = db.schemaEditor().collectOnly()) {
            ed.deleteModel(Part.objects.meta());
            sql = ed.statements();
        }
        assertThat(sql).anyMatch(s -> s.contains("DROP TABLE"));
        assertThat(rows(db)).hasSize(3);
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.deleteModel(Part.objects.meta());
            ed.alterDbTable("qs_widget", "qs_gadget");
        }
        assertThat(db.query(Sql.of("SELECT name FROM qs_gadget ORDER BY id")).getFirst().get("name")).isEqualTo("gear");
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.alterDbTable("qs_gadget", "qs_widget");
            if (!backend.equals("sqlite")) {
                ed.addConstraint(renamed, Constraint.check("qs_widget_weight_positive", dev.quintet.db.models.Q.of("weight__gt", 0)));
            }
        }
        if (!backend.equals("sqlite")) {
            assertThatThrownBy(() -> db.execute(Sql.of("INSERT INTO qs_widget (name, weight) VALUES (?, ?)", "neg", -1)))
                    .isInstanceOf(IntegrityError.class);
        }
    }
}
