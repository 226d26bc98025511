package dev.quintet.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quintet.template.library.Filter;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.NodeList;
import dev.quintet.template.library.Token;
import dev.quintet.template.loaders.LocMemLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EngineApiTest {
    @Test
    void builderShapesAndFromString() {
        Engine engine = Engine.builder().autoescape(false).stringIfInvalid("?").timeZone(ZoneId.of("Europe/Paris")).build();
        assertThat(engine.fromString("{{ a }}{{ missing }}").render(Map.of("a", "<b>"))).isEqualTo("<b>?");
        assertThat(engine.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void streamingRenderWritesToAnAppendable() throws IOException {
        Engine engine = Engine.builder().build();
        StringWriter out = new StringWriter();
        engine.fromString("{% for i in l %}{{ i }},{% endfor %}").render(new Context(Map.of("l", List.of(1, 2, 3))), out);
        assertThat(out.toString()).isEqualTo("1,2,3,");
    }

    @Test
    void contextIsAStackOfScopes() {
        Context c = new Context(Map.of("a", 1));
        int depth = c.push();
        c.put("a", 2).put("b", 3);
        assertThat(c.get("a")).isEqualTo(2);
        c.setUpward("a", 4);
        assertThat(c.get("a")).isEqualTo(4);
        c.popTo(depth);
        assertThat(c.get("a")).isEqualTo(1);
        assertThat(c.containsKey("b")).isFalse();
        assertThat(c.get("True")).isEqualTo(true);
        assertThat(c.flatten()).containsEntry("a", 1);
        assertThatThrownBy(c::pop).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void contextProcessorsRunForRequestsAndUserValuesWin() {
        Engine engine = Engine.builder()
                .contextProcessor(req -> Map.of("user", "anon", "path", ((Map<?, ?>) req).get("path")))
                .build();
        Template t = engine.fromString("{{ user }} {{ path }}");
        Map<String, Object> request = Map.of("path", "/x/");
        assertThat(t.render(Context.forRequest(request, Map.of()))).isEqualTo("anon /x/");
        assertThat(t.render(Context.forRequest(request, Map.of("user", "bob")))).isEqualTo("bob /x/");
        assertThat(t.render(Map.of())).isEqualTo(" ");
    }

    @Test
    void customTagWithFullParserAccess() {
        // {% repeat n %}...{% endrepeat %}: renders its body n times, through the public Library API
        Library lib = new Library().tag("repeat", (parser, token) -> {
            List<String> bits = token.splitContents();
            if (bits.size() != 2) {
                throw new TemplateSyntaxError("'repeat' takes one argument");
            }
            FilterExpression count = parser.compileFilter(bits.get(1));
            NodeList body = parser.parse("endrepeat");
            parser.deleteFirstToken();
            return new Node() {
                @Override
                public List<NodeList> childNodeLists() {
                    return List.of(body);
                }

                @Override
                public void render(Context context, Appendable out) throws IOException {
                    int n = ((Number) count.resolve(context)).intValue();
                    for (int i = 0; i < n; i++) {
                        body.render(context, out);
                    }
                }
            };
        });
        Engine engine = Engine.builder().library("repeat", lib).build();
        assertThat(engine.fromString("{% load repeat %}{% repeat n %}<{{ x }}>{% endrepeat %}").render(Map.of("n", 3, "x", "&")))
                .isEqualTo("<&amp;><&amp;><&amp;>");
        assertThatThrownBy(() -> engine.fromString("{% load repeat %}\n{% repeat %}{% endrepeat %}"))
                .isInstanceOf(TemplateSyntaxError.class).hasMessageContaining("'repeat' takes one argument").hasMessageContaining("line 2");
    }

    @Test
    void simpleAndInclusionTags() {
        Library lib = new Library()
                .simpleTag("add", call -> ((Number) call.arg(0, 0)).intValue() + ((Number) call.kwarg("b", 0)).intValue())
                .inclusionTag("card", "card.html", call -> Map.of("title", call.arg(0, "")));
        Engine engine = Engine.builder().loaders(new LocMemLoader(Map.of("card.html", "<div>{{ title }}</div>")))
                .builtins(lib).build();
        assertThat(engine.fromString("{% add 2 b=3 %} {% add 1 as r %}{{ r }} {% card t %}").render(Map.of("t", "<T>")))
                .isEqualTo("5 1 <div>&lt;T&gt;</div>");
    }

    @Test
    void tokenSplitKeepsQuotedStrings() {
        assertThat(Token.smartSplit("url \"a b\" x='c d' _(\"t r\")")).containsExactly("url", "\"a b\"", "x='c d'", "_(\"t r\")");
    }

    @Test
    void filterFlagsAreHonoured() {
        List<Object> seen = new ArrayList<>();
        Library lib = new Library()
                .filter(new Filter("same", (v, a, c) -> v.toString(), Filter.Arity.NONE, true, false, false))
                .filter(new Filter("wrap", (v, a, c) -> c.autoescape() ? SafeString.of("<i>" + dev.quintet.template.internal.Html.escape(v.toString()) + "</i>") : "<i>" + v + "</i>",
                        Filter.Arity.NONE, false, true, false))
                .filter(new Filter("seen", (v, a, c) -> {
                    seen.add(v);
                    return "";
                }, Filter.Arity.OPTIONAL, false, false, true));
        Engine engine = Engine.builder().builtins(lib).timeZone(ZoneId.of("Asia/Tokyo")).build();
        assertThat(engine.fromString("{{ s|same }}|{{ u|same }}").render(Map.of("s", SafeString.of("<b>"), "u", "<b>")))
                .isEqualTo("<b>|&lt;b&gt;");
        assertThat(engine.fromString("{{ s|wrap }}").render(Map.of("s", "<"))).isEqualTo("<i>&lt;</i>");
        assertThat(engine.fromString("{% autoescape off %}{{ s|wrap }}{% endautoescape %}").render(Map.of("s", "<"))).isEqualTo("<i><</i>");
        engine.fromString("{{ t|seen }}{{ i|seen }}").render(Map.of(
                "t", ZonedDateTime.parse("2024-01-01T00:00:00Z"), "i", Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(seen).containsExactly(ZonedDateTime.parse("2024-01-01T09:00+09:00[Asia/Tokyo]"),
                ZonedDateTime.parse("2024-01-01T09:00+09:00[Asia/Tokyo]"));
        seen.clear();
        Context c = new Context(Map.of("t", ZonedDateTime.parse("2024-01-01T00:00:00Z"))).zone(ZoneId.of("UTC"));
        engine.fromString("{{ t|seen }}").render(c);
        assertThat(seen).containsExactly(ZonedDateTime.parse("2024-01-01T00:00Z[UTC]"));
    }

    @Test
    void optionalArgumentIsNoArgWhenAbsent() {
        List<Object> args = new ArrayList<>();
        Engine engine = Engine.builder().builtins(new Library().filter("opt", (v, a, c) -> {
            args.add(a);
            return v;
        })).build();
        engine.fromString("{{ 1|opt }}{{ 1|opt:'x' }}{{ 1|opt:2 }}").render(Map.of());
        assertThat(args).containsExactly(Filter.NO_ARG, SafeString.of("x"), 2);
    }

    @Test
    void filterContextLookupUsesTheTemplateRules() {
        Context c = new Context();
        assertThat(c.lookup(Map.of("a", Map.of("b", List.of("x", "y"))), "a.b.1")).isEqualTo("y");
        assertThat(c.lookup(Map.of(), "a")).isNull();
    }

    @Test
    void compiledTemplatesAreThreadSafe() throws Exception {
        Engine engine = Engine.builder().loaders(new LocMemLoader(Map.of("inc.html", "{% cycle 'a' 'b' %}"))).build();
        Template t = engine.fromString("{% for i in l %}{% cycle 'x' 'y' %}{% include 'inc.html' %}{% ifchanged %}{{ i }}{% endifchanged %}{% endfor %}");
        String expected = t.render(Map.of("l", List.of(1, 1, 2, 3)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> t.render(Map.of("l", List.of(1, 1, 2, 3)))));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).isEqualTo("xa1yaxa2ya3");
    }

    @Test
    void includeOnlyAndContextNew() {
        Engine engine = Engine.builder().loaders(new LocMemLoader(Map.of("i.html", "[{{ a }}{{ b }}]"))).build();
        Map<String, Object> values = new HashMap<>();
        values.put("a", 1);
        values.put("b", 2);
        assertThat(engine.fromString("{% include 'i.html' with b=3 only %}").render(values)).isEqualTo("[3]");
    }

    @Test
    void debugTagShowsContextInDebugMode() {
        Engine debug = Engine.builder().debug(true).build();
        assertThat(debug.fromString("{% debug %}").render(Map.of("x", "<1>"))).contains("&#x27;x&#x27;: &#x27;&lt;1&gt;&#x27;");
        assertThat(Engine.builder().build().fromString("{% debug %}").render(Map.of("x", 1))).isEmpty();
    }

    @Test
    void extendsATemplateObject() {
        Engine engine = Engine.builder().build();
        Template base = engine.fromString("<{% block a %}base{% endblock %}>");
        assertThat(engine.fromString("{% extends base %}{% block a %}child {{ block.super }}{% endblock %}")
                .render(Map.of("base", base))).isEqualTo("<child base>");
    }
}
