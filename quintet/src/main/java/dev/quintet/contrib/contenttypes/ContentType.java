package dev.quintet.contrib.contenttypes;

import dev.quintet.db.models.CharField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import java.util.Map;

/**
 * A model known to the site: Django's {@code django.contrib.contenttypes.models.ContentType},
 * the table {@code django_content_type} ({@code app_label}, {@code model}). Permissions point at it.
 */
public class ContentType extends Model {
    /** The manager. */
    public static final Manager<ContentType> objects = Manager.of(ContentType.class, m -> m
            .app("contenttypes")
            .dbTable("django_content_type")
            .field("appLabel", CharField.maxLength(100))
            .field("model", CharField.maxLength(100).verboseName("python model class name"))
            .uniqueTogether("appLabel", "model")
            .verboseName("content type"));

    /** The app label, {@code blog}. */
    public String appLabel;
    /** The model name, lower case: {@code post}. */
    public String model;

    /** The row for {@code meta}, created when missing (Django's {@code get_for_model}). */
    public static ContentType forModel(ModelMeta<?> meta) {
        return objects.getOrCreate(Map.of("appLabel", meta.appLabel(), "model", meta.modelName()), Map.of()).object();
    }

    @Override
    public String toString() {
        return appLabel + " | " + model;
    }
}
