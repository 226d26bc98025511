package dev.quintet.contrib.auth;

import dev.quintet.apps.App;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.contenttypes.ContentType;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A permission: Django's {@code auth.Permission}, table {@code auth_permission}. Checked as
 * {@code "<app_label>.<codename>"}, e.g. {@code blog.change_post}.
 */
public class Permission extends Model {
    /** The default actions every model gets a permission for. */
    public static final List<String> DEFAULT_ACTIONS = List.of("add", "change", "delete", "view");

    /** The manager. */
    public static final Manager<Permission> objects = Manager.of(Permission.class, m -> m
            .app("auth")
            .dbTable("auth_permission")
            .field("name", CharField.maxLength(255))
            .field("contentType", ForeignKey.to(ContentType.class).onDelete(OnDelete.CASCADE).relatedName("permissions"))
            .field("codename", CharField.maxLength(100))
            .uniqueTogether("contentType", "codename")
            .ordering("contentType__appLabel", "contentType__model", "codename")
            .verboseName("permission"));

    /** What it allows, for people: {@code Can change post}. */
    public String name;
    /** The model it is about. */
    public Ref<ContentType> contentType;
    /** The code: {@code change_post}. */
    public String codename;

    /**
     * Creates the add/change/delete/view permissions of each model that lacks them (Django's
     * {@code create_permissions}, run after {@code migrate}); answers the ones created.
     */
    public static List<Permission> createDefault(ModelMeta<?>... models) {
        List<Permission> created = new ArrayList<>();
        for (ModelMeta<?> meta : models) {
            ContentType ct = ContentType.forModel(meta);
            for (String action : DEFAULT_ACTIONS) {
                String codename = action + "_" + meta.modelName();
                var result = objects.getOrCreate(Map.of("contentType", ct, "codename", codename),
                        Map.of("name", "Can " + action + " " + meta.verboseName()));
                if (result.created()) {
                    created.add(result.object());
                }
            }
        }
        return created;
    }

    /**
     * Creates the missing default permissions of every model of the site, as Django's
     * {@code post_migrate} handler does for each installed app: the models of
     * {@code settings.installedApps()}, the user model ({@code AUTH_USER_MODEL}, custom or
     * {@link User}) and the built-in {@link Group}, {@link Permission} and {@link ContentType};
     * {@link User} only while it is the user model (Django's swapped-out model gets none).
     * Answers the ones created.
     */
    public static List<Permission> createForSite(Settings settings) {
        Set<ModelMeta<?>> models = new LinkedHashSet<>();
        models.add(ContentType.objects.meta());
        models.add(Permission.objects.meta());
        models.add(Group.objects.meta());
        models.add(settings.auth().userModel().manager().meta());
        for (App app : settings.installedApps()) {
            for (Class<? extends Model> c : app.models()) {
                ModelMeta<?> meta = ModelMeta.of(c);
                if (meta.modelClass() != User.class || settings.auth().userModel().manager() == User.objects) {
                    models.add(meta);
                }
            }
        }
        return createDefault(models.toArray(ModelMeta<?>[]::new));
    }

    @Override
    public String toString() {
        return contentType.get() + " | " + name;
    }
}
