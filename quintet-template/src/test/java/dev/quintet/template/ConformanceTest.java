package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quintet.template.support.CaseFile;
import dev.quintet.template.support.CaseFile.Case;
import dev.quintet.template.support.FallbackFilters;
import dev.quintet.template.support.Fixtures;
import dev.quintet.template.support.Json;
import dev.quintet.template.support.TestLibraries;
import dev.quintet.template.loaders.CachedLoader;
import dev.quintet.template.loaders.LocMemLoader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table-driven conformance suite: every case under {@code conformance/} runs in debug mode and
 * in cached mode (where it renders twice, to catch state leaking between renders).
 */
class ConformanceTest {
    static final String MAIN = "main.html";

    static Stream<Arguments> cases() {
        List<Case> all = CaseFile.load("conformance");
        return all.stream().flatMap(c -> Stream.of(Arguments.of(c, true), Arguments.of(c, false)));
    }

    @Test
    void caseNamesAreUniqueAndPlentiful() {
        List<Case> all = CaseFile.load("conformance");
        Set<String> seen = new HashSet<>();
        for (Case c : all) {
            assertThat(seen.add(c.name())).as("duplicate case name %s", c.name()).isTrue();
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(450);
    }

    static Engine engine(Case c, boolean debug) {
        LocMemLoader locmem = new LocMemLoader();
        locmem.put(MAIN, c.template());
        c.templates().forEach(locmem::put);
        Map<String, String> s = c.settings();
        Engine.Builder b = Engine.builder()
                .loaders(new CachedLoader(List.of(locmem), debug))
                .debug(debug || "true".equals(s.get("debug")))
                .builtins(FallbackFilters.library())
                .library("testtags", TestLibraries.testtags())
                .library("othertags", TestLibraries.othertags())
                .urlResolver((view, args, kwargs, app) -> {
                    if (view.equals("missing")) {
                        throw new UrlResolver.NoReverseMatch("Reverse for '" + view + "' not found.");
                    }
                    StringBuilder sb = new StringBuilder("/").append(view).append('/');
                    for (Object a : args) {
                        sb.append(dev.quintet.template.internal.Py.str(a)).append('/');
                    }
                    kwargs.forEach((k, v) -> sb.append(k).append('=').append(dev.quintet.template.internal.Py.str(v)).append('/'));
                    return sb.toString();
                })
                .staticResolver(path -> "/static/" + path);
        if (s.containsKey("autoescape")) {
            b.autoescape(Boolean.parseBoolean(s.get("autoescape")));
        }
        if (s.containsKey("string_if_invalid")) {
            b.stringIfInvalid(s.get("string_if_invalid"));
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> context(Case c, Engine engine) {
        if (c.context() == null || c.context().isBlank()) {
            return new HashMap<>();
        }
        return (Map<String, Object>) Fixtures.convert(Json.parse(c.context()), engine::getTemplate);
    }

    static Context makeContext(Case c, Engine engine) {
        Map<String, Object> values = context(c, engine);
        Object request = values.remove("$request");
        return request != null ? Context.forRequest(request, values) : new Context(values);
    }

    @ParameterizedTest(name = "{0} [debug={1}]")
    @MethodSource("cases")
    void conforms(Case c, boolean debug) {
        Engine engine = engine(c, debug);
        int renders = debug ? 1 : 2;
        for (int i = 0; i < renders; i++) {
            String out;
            try {
                Template t = engine.getTemplate(MAIN);
                out = t.render(makeContext(c, engine));
            } catch (RuntimeException e) {
                if (c.error() != null) {
                    assertThat(e.getMessage()).as("error of %s", c.name()).contains(c.error());
                    continue;
                }
                throw e;
            }
            if (c.error() != null) {
                fail("expected an error containing <%s> but rendered <%s>", c.error(), out);
            }
            if (c.output() != null) {
                assertThat(out).as("output of %s", c.name()).isEqualTo(c.output());
            } else {
                assertThat(out).as("output of %s", c.name()).matches(java.util.regex.Pattern.compile(c.match(),
                        java.util.regex.Pattern.DOTALL));
            }
        }
    }

    static String names(List<Case> cases) {
        return cases.stream().map(Case::name).collect(Collectors.joining(", "));
    }
}
