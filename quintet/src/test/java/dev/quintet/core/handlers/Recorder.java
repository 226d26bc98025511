package dev.quintet.core.handlers;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Middleware that record what they see into a shared log, for ordering tests. */
final class Recorder {
    final List<String> log = new ArrayList<>();

    /** A layer logging "name in" and "name out" around the rest of the chain. */
    Middleware.Factory layer(String name) {
        return s -> (request, next) -> {
            log.add(name + " in");
            HttpResponse response = next.handle(request);
            log.add(name + " out");
            return response;
        };
    }

    /** A layer answering without calling the rest of the chain. */
    Middleware.Factory shortCircuit(String name) {
        return s -> (request, next) -> {
            log.add(name + " short");
            return new HttpResponse("short by " + name);
        };
    }

    /** A layer with hooks: processView/processException/processTemplateResponse results given by the functions. */
    Middleware.Factory hooks(String name, Function<HttpRequest, HttpResponse> onView,
                             Function<Exception, HttpResponse> onException) {
        return s -> new Middleware() {
            @Override
            public HttpResponse handle(HttpRequest request, View next) throws Exception {
                return next.handle(request);
            }

            @Override
            public HttpResponse processView(HttpRequest request, View view) {
                log.add(name + " processView");
                return onView.apply(request);
            }

            @Override
            public HttpResponse processException(HttpRequest request, Exception exception) {
                log.add(name + " processException " + exception.getMessage());
                return onException.apply(exception);
            }

            @Override
            public HttpResponse processTemplateResponse(HttpRequest request, HttpResponse response) {
                log.add(name + " processTemplateResponse");
                response.setHeader("X-Seen-By-" + name, "yes");
                return response;
            }
        };
    }

    /** A view logging that it ran. */
    View view(String body) {
        return request -> {
            log.add("view");
            return new HttpResponse(body);
        };
    }
}
