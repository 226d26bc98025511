package dev.quintet.core.handlers;

import static dev.quintet.core.handlers.Fixture.body;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import dev.quintet.middleware.Middleware;
import dev.quintet.middleware.MiddlewareNotUsed;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaseHandlerTest {
    private final Recorder rec = new Recorder();

    private Fixture fixture(Middleware.Factory... middleware) {
        Settings settings = Settings.builder().middleware(middleware).rootUrlconf(urlpatterns(
                path("ok/", rec.view("ok"), "ok"),
                path("boom/", request -> {
                    rec.log.add("view");
                    throw new IllegalStateException("boom");
                }, "boom"),
                path("template/", request -> {
                    rec.log.add("view");
                    return new LazyResponse("lazy");
                }, "template"))).build();
        return new Fixture(settings);
    }

    static Stream<Arguments> chains() {
        return Stream.of(
                arguments("request phase top-down, response phase bottom-up",
                        (Function<Recorder, Middleware.Factory[]>) r -> new Middleware.Factory[] {
                            r.layer("A"), r.layer("B"), r.layer("C")},
                        List.of("A in", "B in", "C in", "view", "C out", "B out", "A out"), "ok"),
                arguments("short-circuit skips inner layers and the view",
                        (Function<Recorder, Middleware.Factory[]>) r -> new Middleware.Factory[] {
                            r.layer("A"), r.shortCircuit("B"), r.layer("C")},
                        List.of("A in", "B short", "A out"), "short by B"),
                arguments("MiddlewareNotUsed leaves the layer out",
                        (Function<Recorder, Middleware.Factory[]>) r -> new Middleware.Factory[] {
                            r.layer("A"), s -> {
                                throw new MiddlewareNotUsed("not today");
                            }, r.layer("C")},
                        List.of("A in", "C in", "view", "C out", "A out"), "ok"),
                arguments("no middleware",
                        (Function<Recorder, Middleware.Factory[]>) r -> new Middleware.Factory[0],
                        List.of("view"), "ok"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void chains(String name, Function<Recorder, Middleware.Factory[]> middleware, List<String> log, String content) {
        HttpResponse response = fixture(middleware.apply(rec)).get("/ok/");
        assertThat(rec.log).containsExactlyElementsOf(log);
        assertThat(body(response)).isEqualTo(content);
    }

    @Test
    void factoryReturningNullIsAConfigurationError() {
        assertThatThrownBy(() -> fixture(rec.layer("A"), s -> null))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Middleware factory MIDDLEWARE[1] returned null.");
    }

    @Test
    void processViewRunsTopDownAndFirstResponseShortCircuitsTheView() {
        Fixture f = fixture(rec.hooks("A", r -> null, e -> null), rec.hooks("B", r -> new HttpResponse("from B"), e -> null),
                rec.hooks("C", r -> null, e -> null));
        HttpResponse response = f.get("/ok/");
        assertThat(rec.log).containsExactly("A processView", "B processView");
        assertThat(body(response)).isEqualTo("from B");
    }

    @Test
    void processViewSeesTheResolverMatch() {
        String[] seen = new String[1];
        Fixture f = fixture(s -> new Middleware() {
            @Override
            public HttpResponse handle(dev.quintet.http.HttpRequest request, dev.quintet.http.View next) throws Exception {
                return next.handle(request);
            }

            @Override
            public HttpResponse processView(dev.quintet.http.HttpRequest request, dev.quintet.http.View view) {
                seen[0] = request.resolverMatch().urlName();
                return null;
            }
        });
        f.get("/ok/");
        assertThat(seen[0]).isEqualTo("ok");
    }

    @Test
    void processExceptionRunsBottomUpAndFirstResponseWins() {
        Fixture f = fixture(rec.hooks("A", r -> null, e -> new HttpResponse("from A")),
                rec.hooks("B", r -> null, e -> new HttpResponse("from B")), rec.hooks("C", r -> null, e -> null));
        HttpResponse response = f.get("/boom/");
        assertThat(rec.log).containsExactly("A processView", "B processView", "C processView", "view",
                "C processException boom", "B processException boom");
        assertThat(body(response)).isEqualTo("from B");
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void unhandledExceptionBecomesA500AfterEveryProcessExceptionHook() {
        Fixture f = fixture(rec.hooks("A", r -> null, e -> null), rec.hooks("B", r -> null, e -> null));
        HttpResponse response = f.get("/boom/");
        assertThat(rec.log).containsSubsequence("B processException boom", "A processException boom");
        assertThat(response.status()).isEqualTo(500);
    }

    @Test
    void processTemplateResponseRunsBottomUpThenTheResponseIsRendered() {
        Fixture f = fixture(rec.hooks("A", r -> null, e -> null), rec.hooks("B", r -> null, e -> null));
        HttpResponse response = f.get("/template/");
        assertThat(rec.log).containsExactly("A processView", "B processView", "view",
                "B processTemplateResponse", "A processTemplateResponse");
        assertThat(((LazyResponse) response).isRendered()).isTrue();
        assertThat(body(response)).isEqualTo("rendered lazy");
        assertThat(response.header("X-Seen-By-A")).isEqualTo("yes");
    }

    @Test
    void processTemplateResponseIsNotCalledForPlainResponses() {
        fixture(rec.hooks("A", r -> null, e -> null)).get("/ok/");
        assertThat(rec.log).doesNotContain("A processTemplateResponse");
    }

    @Test
    void anExceptionInAnInnerLayerBecomesAResponseTheOuterLayersSee() {
        Middleware.Factory failing = s -> (request, next) -> {
            throw new IllegalArgumentException("inner layer failed");
        };
        HttpResponse response = fixture(rec.layer("A"), failing).get("/ok/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(rec.log).containsExactly("A in", "A out");
    }

    @Test
    void aMiddlewareAnsweringNullIsA500TheOuterLayersSee() {
        Middleware.Factory answersNull = s -> (request, next) -> null;
        HttpResponse response = fixture(rec.layer("A"), answersNull).get("/ok/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(rec.log).containsExactly("A in", "A out");
    }

    /** A lazily rendered response, as TemplateResponse will be. */
    static final class LazyResponse extends HttpResponse implements RenderableResponse {
        private final String source;
        private boolean rendered;

        LazyResponse(String source) {
            this.source = source;
        }

        @Override
        public boolean isRendered() {
            return rendered;
        }

        @Override
        public HttpResponse render() {
            if (!rendered) {
                setContent("rendered " + source);
                rendered = true;
            }
            return this;
        }
    }
}
