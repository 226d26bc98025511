package dev.quintet.views.internal;

import dev.quintet.core.paginator.InvalidPage;
import dev.quintet.core.paginator.Page;
import dev.quintet.core.paginator.Paginator;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.urls.Kwargs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Django's {@code MultipleObjectMixin} ({@code paginate_queryset}, {@code get_context_data}) as
 * functions the list view and the date-based archive views share.
 */
public final class MultipleObject {
    private MultipleObject() {
    }

    /**
     * The page of {@code qs} the request asks for: the URL keyword {@code pageKwarg}, else the
     * query parameter, else 1; {@code last} is the last page. One {@code COUNT} and one
     * {@code LIMIT/OFFSET} query.
     *
     * @throws Http404 for a page that is not a number nor {@code last}, or out of range
     */
    public static <T> Page<T> paginate(QuerySet<T> qs, int perPage, int orphans, boolean allowEmpty,
            String pageKwarg, Kwargs kwargs, HttpRequest request) {
        Paginator<T> paginator = new Paginator<>(qs, perPage, orphans, allowEmpty);
        Object page = kwargs.get(pageKwarg);
        if (page == null || "".equals(page)) {
            page = request.GET().get(pageKwarg);
        }
        if (page == null || "".equals(page)) {
            page = 1;
        }
        int number;
        if (page instanceof Number n) {
            number = n.intValue();
        } else {
            try {
                number = Integer.parseInt(page.toString().strip());
            } catch (NumberFormatException e) {
                if (!page.equals("last")) {
                    throw new Http404("Page is not “last”, nor can it be converted to an int.");
                }
                number = paginator.numPages();
            }
        }
        try {
            return paginator.page(number);
        } catch (InvalidPage e) {
            throw new Http404("Invalid page (" + number + "): " + e.getMessage());
        }
    }

    /**
     * The list's context: {@code object_list} and {@code contextObjectName} (the page's objects,
     * or all of {@code qs}), {@code paginator}, {@code page_obj} and {@code is_paginated}
     * ({@code null}s and false when {@code paginate} is {@code null}).
     */
    public static <T> Map<String, Object> context(QuerySet<T> qs, Function<QuerySet<T>, Page<T>> paginate,
            String contextObjectName) {
        Map<String, Object> context = new LinkedHashMap<>();
        List<T> list;
        if (paginate != null) {
            Page<T> page = paginate.apply(qs);
            list = page.objectList();
            context.put("paginator", page.paginator());
            context.put("page_obj", page);
            context.put("is_paginated", page.hasOtherPages());
        } else {
            list = qs.list();
            context.put("paginator", null);
            context.put("page_obj", null);
            context.put("is_paginated", false);
        }
        context.put("object_list", list);
        context.put(contextObjectName, list);
        return context;
    }
}
