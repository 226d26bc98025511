package dev.quintet.conf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Static and media files settings: Django's {@code STATIC_URL}, {@code STATIC_ROOT},
 * {@code STATICFILES_DIRS}, {@code STORAGES["staticfiles"]} (plain or manifest), {@code MEDIA_URL}
 * and {@code MEDIA_ROOT}.
 *
 * <pre>{@code
 * Settings.builder().staticFiles(StaticSettings.DEFAULTS
 *     .withRoot(Path.of("/srv/blog/static"))
 *     .withDirs(Path.of("assets"))
 *     .withManifest(true));
 * }</pre>
 *
 * @param url      {@code STATIC_URL}, ending with a slash; default {@code /static/}
 * @param root     {@code STATIC_ROOT}, where {@code collectstatic} copies files; {@code null} when unset
 * @param dirs     {@code STATICFILES_DIRS}, searched before the apps' {@code static/} folders
 * @param manifest true for Django's {@code ManifestStaticFilesStorage}: content-hashed names when not DEBUG
 * @param mediaUrl {@code MEDIA_URL}; default empty
 * @param mediaRoot {@code MEDIA_ROOT}; {@code null} when unset
 */
public record StaticSettings(String url, Path root, List<Path> dirs, boolean manifest, String mediaUrl, Path mediaRoot) {
    /** Django's defaults, with {@code STATIC_URL = "/static/"} as {@code startproject} writes it. */
    public static final StaticSettings DEFAULTS = new StaticSettings("/static/", null, List.of(), false, "", null);

    /** Validates: {@code STATIC_URL} and a non-empty {@code MEDIA_URL} end with a slash, and differ. */
    public StaticSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaUrl, "mediaUrl");
        dirs = List.copyOf(dirs);
        if (!url.endsWith("/")) {
            throw new ImproperlyConfigured("STATIC_URL must end with a slash, got '" + url + "'");
        }
        if (!mediaUrl.isEmpty() && !mediaUrl.endsWith("/")) {
            throw new ImproperlyConfigured("MEDIA_URL must end with a slash, got '" + mediaUrl + "'");
        }
        if (url.equals(mediaUrl)) {
            throw new ImproperlyConfigured("The MEDIA_URL and STATIC_URL settings must have different values");
        }
        if (root != null && root.equals(mediaRoot)) {
            throw new ImproperlyConfigured("The MEDIA_ROOT and STATIC_ROOT settings must have different values");
        }
        if (root != null && dirs.contains(root)) {
            throw new ImproperlyConfigured("The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting.");
        }
    }

    /** With another {@code STATIC_URL}. */
    public StaticSettings withUrl(String url) {
        return new StaticSettings(url, root, dirs, manifest, mediaUrl, mediaRoot);
    }

    /** With {@code STATIC_ROOT}. */
    public StaticSettings withRoot(Path root) {
        return new StaticSettings(url, root, dirs, manifest, mediaUrl, mediaRoot);
    }

    /** With {@code STATICFILES_DIRS}. */
    public StaticSettings withDirs(Path... dirs) {
        return new StaticSettings(url, root, List.of(dirs), manifest, mediaUrl, mediaRoot);
    }

    /** With the manifest storage on or off. */
    public StaticSettings withManifest(boolean manifest) {
        return new StaticSettings(url, root, dirs, manifest, mediaUrl, mediaRoot);
    }

    /** With {@code MEDIA_URL} and {@code MEDIA_ROOT}. */
    public StaticSettings withMedia(String mediaUrl, Path mediaRoot) {
        return new StaticSettings(url, root, dirs, manifest, mediaUrl, mediaRoot);
    }
}
