package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * A many-to-many relation through a join table, auto-created ({@code <app>_<model>_<field>}) or given with
 * {@link #through(Class)}. It has no column and no Java field: reach it with {@code post.related("tags")},
 * which returns a {@link RelatedManager} with {@code add/remove/set/clear}.
 */
public final class ManyToManyField extends Field<ManyToManyField> {
    private final Class<? extends Model> target;
    private final Class<? extends Model> through;
    private final String relatedName;
    private final String relatedQueryName;
    private final String dbTable;

    private ManyToManyField(FieldOptions opts, String name, Class<?> model, Class<? extends Model> target,
                            Class<? extends Model> through, String relatedName, String relatedQueryName, String dbTable) {
        super(opts, name, model);
        this.target = target;
        this.through = through;
        this.relatedName = relatedName;
        this.relatedQueryName = relatedQueryName;
        this.dbTable = dbTable;
    }

    /** A many-to-many relation to {@code target}. */
    public static ManyToManyField to(Class<? extends Model> target) {
        return new ManyToManyField(FieldOptions.DEFAULTS.withBlank(false), null, null, target, null, null, null, null);
    }

    /** A many-to-many relation to the declaring model itself. */
    public static ManyToManyField toSelf() {
        return new ManyToManyField(FieldOptions.DEFAULTS, null, null, null, null, null, null, null);
    }

    @Override
    protected ManyToManyField copy(FieldOptions opts, String name, Class<?> model) {
        return new ManyToManyField(opts, name, model, target, through, relatedName, relatedQueryName, dbTable);
    }

    @Override
    ManyToManyField bind(String fieldName, Class<?> owner) {
        @SuppressWarnings("unchecked")
        Class<? extends Model> t = target == null ? (Class<? extends Model>) owner : target;
        return new ManyToManyField(opts, fieldName, owner, t, through, relatedName, relatedQueryName, dbTable);
    }

    /** Uses an explicit join model holding foreign keys to both sides (and any extra fields). */
    public ManyToManyField through(Class<? extends Model> model) {
        return new ManyToManyField(opts, name, this.model, target, model, relatedName, relatedQueryName, dbTable);
    }

    /** The reverse accessor and lookup name on the target. */
    public ManyToManyField relatedName(String related) {
        return new ManyToManyField(opts, name, model, target, through, related, relatedQueryName, dbTable);
    }

    /** The reverse lookup name when it differs from the related name. */
    public ManyToManyField relatedQueryName(String related) {
        return new ManyToManyField(opts, name, model, target, through, relatedName, related, dbTable);
    }

    /** The name of the auto-created join table. */
    public ManyToManyField dbTable(String table) {
        return new ManyToManyField(opts, name, model, target, through, relatedName, relatedQueryName, table);
    }

    /** The related model. */
    public Class<? extends Model> target() {
        return target;
    }

    /** The explicit join model, or {@code null} when the join table is auto-created. */
    public Class<? extends Model> throughModel() {
        return through;
    }

    /** The declared join table name, or {@code null}. */
    public String declaredDbTable() {
        return dbTable;
    }

    /** The join table's metadata (auto-created or the {@code through} model's). */
    public ModelMeta<?> throughMeta() {
        return ModelMeta.ofClass(model).throughMeta(this);
    }

    /** The join table's foreign key pointing at the declaring model. */
    public RelatedField<?> sourceLink() {
        return ModelMeta.ofClass(model).throughLinks(this)[0];
    }

    /** The join table's foreign key pointing at the target model. */
    public RelatedField<?> targetLink() {
        return ModelMeta.ofClass(model).throughLinks(this)[1];
    }

    /** The reverse accessor name: related name or {@code <model>_set}. */
    public String relatedAccessorName() {
        return relatedName != null ? relatedName : dev.quintet.db.models.internal.Names.modelName(model) + "_set";
    }

    /** The reverse lookup name: related query name, else related name, else the lower-case model name. */
    public String relatedLookupName() {
        if (relatedQueryName != null) {
            return relatedQueryName;
        }
        return relatedName != null ? relatedName : dev.quintet.db.models.internal.Names.modelName(model);
    }

    @Override
    public String internalType() {
        return "ManyToManyField";
    }

    @Override
    public Class<?> javaType() {
        return RelatedManager.class;
    }

    @Override
    public boolean isRelation() {
        return true;
    }

    @Override
    public boolean isConcrete() {
        return false;
    }

    @Override
    public Map<String, Object> dbParameters() {
        return Map.of("to", target == null ? "self" : target.getName(), "through", through == null ? "" : through.getName());
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        throw new SQLException("A many-to-many field has no column");
    }
}
