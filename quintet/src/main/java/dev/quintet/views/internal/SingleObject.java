package dev.quintet.views.internal;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.db.models.ObjectDoesNotExist;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.Http404;
import dev.quintet.urls.Kwargs;

/** Django's {@code SingleObjectMixin.get_object}, as a function the detail and editing views share. */
public final class SingleObject {
    private SingleObject() {
    }

    /**
     * The object of {@code qs} named by the URL's {@code pkUrlKwarg} or {@code slugUrlKwarg}
     * (matched on {@code slugField}; both when {@code queryPkAndSlug}).
     *
     * @throws Http404 "No post found matching the query"
     * @throws ImproperlyConfigured when the URL has neither
     */
    public static <T> T get(Object view, QuerySet<T> qs, Kwargs kwargs, String pkUrlKwarg, String slugUrlKwarg,
            String slugField, boolean queryPkAndSlug) {
        Object pk = kwargs.get(pkUrlKwarg);
        Object slug = kwargs.get(slugUrlKwarg);
        if (pk != null) {
            qs = qs.filter("pk", pk);
        }
        if (slug != null && (pk == null || queryPkAndSlug)) {
            qs = qs.filter(slugField, slug);
        }
        if (pk == null && slug == null) {
            throw new ImproperlyConfigured("Generic detail view " + view.getClass().getSimpleName()
                    + " must be called with either an object pk or a slug in the URLconf.");
        }
        try {
            return qs.get();
        } catch (ObjectDoesNotExist e) {
            throw new Http404("No " + qs.model().verboseName() + " found matching the query");
        }
    }
}
