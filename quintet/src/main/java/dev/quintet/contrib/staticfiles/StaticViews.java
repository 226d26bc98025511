package dev.quintet.contrib.staticfiles;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.internal.FileServer;
import dev.quintet.http.Http404;
import dev.quintet.http.View;
import dev.quintet.urls.UrlPattern;
import dev.quintet.urls.Urls;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Django's {@code django.contrib.staticfiles.views.serve} and {@code staticfiles_urlpatterns()}:
 * serving static files from the finders through a URL pattern, for development.
 *
 * <pre>{@code
 * List<UrlPattern> urls = new ArrayList<>(BlogUrls.patterns());
 * urls.addAll(StaticViews.urlpatterns(settings));   // nothing unless DEBUG
 * }</pre>
 */
public final class StaticViews {
    private StaticViews() {
    }

    /** A view serving the finders' file named by the URL keyword argument {@code path}. */
    public static View serve(StaticFinders finders) {
        return request -> {
            String name = request.kwargs().getString("path");
            Optional<Path> file = finders.find(name == null ? "" : name);
            if (file.isEmpty()) {
                throw new Http404("'" + name + "' could not be found");
            }
            return FileServer.serve(request, file.get(), name, false, "no-cache");
        };
    }

    /** {@code STATIC_URL<path:path>} served from the finders when DEBUG is on; empty otherwise. */
    public static List<UrlPattern> urlpatterns(Settings settings) {
        String prefix = settings.staticFiles().url();
        if (!settings.debug() || !prefix.startsWith("/") || prefix.equals("/")) {
            return List.of();
        }
        View view = serve(StaticFinders.of(settings.staticFiles(), settings.installedApps()));
        return List.of(Urls.path(prefix.substring(1) + "<path:path>", view));
    }
}
