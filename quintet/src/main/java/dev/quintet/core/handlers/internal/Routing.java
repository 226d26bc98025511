package dev.quintet.core.handlers.internal;

import dev.quintet.http.Http404;
import dev.quintet.http.View;
import dev.quintet.urls.Resolver404;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.urls.Route;
import dev.quintet.urls.UrlConf;
import dev.quintet.urls.UrlPattern;
import java.util.ArrayList;
import java.util.List;

/** What the handler needs from the root URLconf: resolution, the error views, and what was tried. */
public final class Routing {
    private final UrlConf urlconf;

    public Routing(UrlConf urlconf) {
        this.urlconf = urlconf;
    }

    /** The URLconf routed through. */
    public UrlConf urlconf() {
        return urlconf;
    }

    /** The match for {@code path}; throws {@link Resolver404} when no pattern matches. */
    public ResolverMatch resolve(String path) {
        return urlconf.resolve(path);
    }

    /** The custom view for status 400, 403, 404 or 500, or {@code null} for the default page. */
    public View errorHandler(int status) {
        return switch (status) {
            case 400 -> urlconf.handler400();
            case 403 -> urlconf.handler403();
            case 404 -> urlconf.handler404();
            default -> urlconf.handler500();
        };
    }

    /**
     * The patterns tried before {@code notFound} was raised, one line per pattern chain
     * ({@code "blog/ <int:pk>/ [name='post_detail']"}); {@code null} when a view raised it.
     */
    public List<String> tried(Http404 notFound) {
        if (!(notFound instanceof Resolver404 resolver404)) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (List<UrlPattern> chain : resolver404.tried()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < chain.size(); i++) {
                UrlPattern pattern = chain.get(i);
                if (i > 0) {
                    line.append(' ');
                }
                line.append(pattern.pattern().text());
                if (i == chain.size() - 1 && pattern instanceof Route route && route.name() != null
                        && !route.name().isEmpty()) {
                    line.append(" [name='").append(route.name()).append("']");
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The URLconf's name for the technical 404 page. */
    public String name() {
        return "ROOT_URLCONF";
    }

    /** True when {@code path} resolves (Django's {@code is_valid_path}); used by {@code APPEND_SLASH}. */
    public boolean isValidPath(String path) {
        try {
            urlconf.resolve(path);
            return true;
        } catch (Http404 e) {
            return false;
        }
    }
}
