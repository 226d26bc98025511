package dev.quintet.contrib.staticfiles;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.internal.FileServer;
import dev.quintet.contrib.staticfiles.internal.SafePaths;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotAllowed;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import dev.quintet.middleware.MiddlewareNotUsed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Serves static files so a site needs no other server (Django's {@code runserver} static
 * handler in DEBUG, WhiteNoise in production). Requests under {@code STATIC_URL} are answered
 * here; every other request goes on down the chain. List it first in {@code MIDDLEWARE}.
 *
 * <ul>
 *   <li><b>DEBUG</b>: files come from the finders (the apps' {@code static/} folders and
 *       {@code STATICFILES_DIRS}), always fresh; {@code Cache-Control: no-cache}.</li>
 *   <li><b>Production</b>: files come from {@code STATIC_ROOT} (filled by {@code collectstatic});
 *       a content-hashed name gets {@code Cache-Control: max-age=31536000, immutable}, other names
 *       {@code max-age=60, public}; a precompressed {@code .br}/{@code .gz} sibling is sent to
 *       clients accepting it, with {@code Vary: Accept-Encoding}.</li>
 * </ul>
 * Every answer has the file's type, {@code Last-Modified}, and 304 for a fresh
 * {@code If-Modified-Since}. Names that would leave the roots ({@code ..}, encoded slashes,
 * absolute paths, backslashes) are 404s. Only {@code GET} and {@code HEAD} are served (else 405).
 * Without {@code STATIC_ROOT} outside DEBUG, the middleware leaves itself out.
 */
public final class StaticFilesMiddleware implements Middleware {
    /** Cache header of content-hashed names in production. */
    public static final String IMMUTABLE = "max-age=31536000, immutable";
    /** Cache header of other names in production. */
    public static final String SHORT = "max-age=60, public";

    private final String prefix;
    private final boolean debug;
    private final StaticFinders finders;
    private final Path root;
    private final StaticFilesStorage storage;

    /** Built from the settings (a {@link Middleware.Factory}: {@code StaticFilesMiddleware::new}). */
    public StaticFilesMiddleware(Settings settings) throws MiddlewareNotUsed {
        this.prefix = settings.staticFiles().url();
        this.debug = settings.debug();
        if (!prefix.startsWith("/") || prefix.equals("/")) {
            throw new MiddlewareNotUsed("STATIC_URL '" + prefix + "' is not a local path prefix");
        }
        if (debug) {
            this.finders = StaticFinders.of(settings.staticFiles(), settings.installedApps());
            this.root = null;
            this.storage = null;
        } else {
            if (settings.staticFiles().root() == null) {
                throw new MiddlewareNotUsed("STATIC_ROOT is not set");
            }
            this.finders = null;
            this.root = settings.staticFiles().root();
            this.storage = new StaticFilesStorage(settings.staticFiles(), false);
        }
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        String path = request.pathInfo();
        if (!path.startsWith(prefix)) {
            return next.handle(request);
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return new HttpResponseNotAllowed(List.of("GET", "HEAD"));
        }
        String name = path.substring(prefix.length());
        if (debug) {
            Optional<Path> found = finders.find(name);
            if (found.isEmpty()) {
                throw new Http404("'" + name + "' could not be found");
            }
            return FileServer.serve(request, found.get(), name, false, "no-cache");
        }
        Path file = SafePaths.resolve(root, name);
        if (file == null || !Files.isRegularFile(file) || name.equals(StaticFilesStorage.MANIFEST_NAME)) {
            throw new Http404("'" + name + "' could not be found");
        }
        return FileServer.serve(request, file, name, true, storage.isHashedName(name) || looksHashed(name) ? IMMUTABLE : SHORT);
    }

    /** {@code name.0123456789ab.ext}: a name {@code collectstatic} hashed. */
    static boolean looksHashed(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        String[] parts = base.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 12 && parts[i].matches("[0-9a-f]{12}")) {
                return true;
            }
        }
        return false;
    }
}
