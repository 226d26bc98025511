package dev.quintet.cache;

import dev.quintet.template.Context;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.template.internal.PyOps;
import dev.quintet.template.library.FilterExpression;
import dev.quintet.template.library.Library;
import dev.quintet.template.library.Node;
import dev.quintet.template.library.NodeList;
import dev.quintet.template.library.Parser;
import dev.quintet.template.library.Token;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cache} template library: Django's {@code {% load cache %}} with its
 * {@code {% cache %}} tag, which stores the rendered fragment under
 * {@link CacheUtils#makeTemplateFragmentKey}.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().library("cache", CacheTags.library(caches)).build();
 * }</pre>
 * <pre>
 * {% load cache %}
 * {% cache 500 sidebar request.user.username %} ... sidebar for the user ... {% endcache %}
 * {% cache 300 local-thing using="localcache" %} ... {% endcache %}
 * </pre>
 *
 * <p>The timeout is in seconds ({@code None}: for ever); the fragment name is literal; the values
 * after it make the key vary; {@code using=} picks a cache alias. Without it the
 * {@code template_fragments} cache is used if configured, else {@code default}.
 */
public final class CacheTags {
    /** The alias tried first when the tag has no {@code using=}. */
    public static final String TEMPLATE_FRAGMENTS_ALIAS = "template_fragments";

    private CacheTags() {
    }

    /** The library, reading and writing the given caches. */
    public static Library library(Caches caches) {
        return new Library().tag("cache", (parser, token) -> parse(caches, parser, token));
    }

    private static Node parse(Caches caches, Parser parser, Token token) {
        NodeList body = parser.parse("endcache");
        parser.deleteFirstToken();
        List<String> bits = new ArrayList<>(token.splitContents());
        if (bits.size() < 3) {
            throw new TemplateSyntaxError("'" + PyOps.repr(bits.getFirst()) + "' tag requires at least 2 arguments.");
        }
        FilterExpression using = null;
        if (bits.size() > 3 && bits.getLast().startsWith("using=")) {
            using = parser.compileFilter(bits.removeLast().substring("using=".length()));
        }
        List<FilterExpression> varyOn = new ArrayList<>();
        for (String bit : bits.subList(3, bits.size())) {
            varyOn.add(parser.compileFilter(bit));
        }
        return new CacheNode(caches, body, parser.compileFilter(bits.get(1)), bits.get(2), varyOn, using);
    }

    /** Django's {@code CacheNode}. */
    private static final class CacheNode extends Node {
        private final Caches caches;
        private final NodeList body;
        private final FilterExpression expireTime;
        private final String fragmentName;
        private final List<FilterExpression> varyOn;
        private final FilterExpression using;

        CacheNode(Caches caches, NodeList body, FilterExpression expireTime, String fragmentName,
                  List<FilterExpression> varyOn, FilterExpression using) {
            this.caches = caches;
            this.body = body;
            this.expireTime = expireTime;
            this.fragmentName = fragmentName;
            this.varyOn = List.copyOf(varyOn);
            this.using = using;
        }

        @Override
        public List<NodeList> childNodeLists() {
            return List.of(body);
        }

        @Override
        public void render(Context context, Appendable out) throws IOException {
            Duration timeout = timeout(expireTime.resolve(context));
            Cache cache = cache(context);
            List<Object> values = new ArrayList<>(varyOn.size());
            for (FilterExpression expression : varyOn) {
                values.add(expression.resolve(context));
            }
            String key = CacheUtils.makeTemplateFragmentKey(fragmentName, values);
            Object cached = cache.get(key);
            String value;
            if (cached instanceof String s) {
                value = s;
            } else {
                value = body.renderToString(context).toString();
                cache.set(key, value, timeout);
            }
            out.append(value);
        }

        private static Duration timeout(Object value) {
            if (value == null) {
                return null;
            }
            try {
                return switch (value) {
                    case Integer i -> Duration.ofSeconds(i);
                    case Long l -> Duration.ofSeconds(l);
                    case Double d -> Duration.ofSeconds(d.longValue());
                    case BigDecimal b -> Duration.ofSeconds(b.longValue());
                    case Boolean b -> Duration.ofSeconds(b ? 1 : 0);
                    default -> Duration.ofSeconds(Long.parseLong(value.toString().strip()));
                };
            } catch (NumberFormatException e) {
                throw new TemplateSyntaxError("\"cache\" tag got a non-integer timeout value: " + PyOps.repr(value), e);
            }
        }

        private Cache cache(Context context) {
            if (using == null) {
                return caches.aliases().contains(TEMPLATE_FRAGMENTS_ALIAS) ? caches.get(TEMPLATE_FRAGMENTS_ALIAS) : caches.cache();
            }
            Object alias = using.resolve(context);
            if (alias == null || !caches.aliases().contains(alias.toString())) {
                throw new TemplateSyntaxError("Invalid cache name specified for cache tag: " + PyOps.repr(alias));
            }
            return caches.get(alias.toString());
        }
    }
}
