package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.v;
import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.urls.internal.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random URLconfs (literal routes, converters, anchored and unanchored regexes, nested includes)
 * and random paths over the same vocabulary: the indexed resolver must give exactly what trying
 * every pattern in order gives.
 */
class IndexDifferentialTest {
    private static final String[] WORDS = {"a", "b", "ab", "items", "7", "42", "x-y", ""};
    private static final String[] SEGMENTS = {"a/", "b/", "ab/", "items/", "<int:n>/", "<slug:s>/", "<str:t>/", "7/",
        "<int:n>", "a", "x-y/", "<path:p>"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void indexAgreesWithLinearScan(long seed) {
        Random random = new Random(seed);
        int[] counter = {0};
        UrlConf conf = UrlConf.of(patterns(random, 2, counter));
        int matched = 0;
        for (int i = 0; i < 300; i++) {
            String path = randomPath(random);
            ResolverMatch indexed = Resolution.resolve(conf.compiledRoot(), path, true);
            ResolverMatch linear = Resolution.resolve(conf.compiledRoot(), path, false);
            assertThat(indexed).as("path %s", path).isEqualTo(linear);
            matched += indexed == null ? 0 : 1;
        }
        assertThat(matched).as("some random paths match").isPositive();
    }

    private static List<UrlPattern> patterns(Random random, int depth, int[] counter) {
        List<UrlPattern> list = new ArrayList<>();
        int n = 3 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            String id = "v" + counter[0]++;
            if (kind < 6) {
                String route = route(random, true);
                list.add(path(route, v(id), id));
            } else if (kind == 6) {
                String literal = WORDS[random.nextInt(WORDS.length)];
                list.add(rePath((random.nextBoolean() ? "^" : "") + literal + "/(?P<r>[0-9]+)/$", v(id), id));
            } else if (kind == 7) {
                list.add(rePath("^" + WORDS[random.nextInt(WORDS.length)] + "(\\w*)/$", v(id), id));
            } else if (depth > 0) {
                String prefix = route(random, false);
                if (prefix.contains("<path:")) {
                    prefix = "inc/";
                }
                List<UrlPattern> inner = patterns(random, depth - 1, counter);
                list.add(random.nextBoolean() ? path(prefix, include(inner)) : path(prefix, include(inner, "app" + id)));
            }
        }
        return list;
    }

    private static String route(Random random, boolean endpoint) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(3) + (endpoint ? 0 : 1);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            String segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
            String name = segment.replaceAll(".*:(\\w+)>.*", "$1");
            if (segment.contains("<") && used.contains(name)) {
                continue;
            }
            used.add(name);
            sb.append(segment);
        }
        return sb.toString();
    }

    private static String randomPath(Random random) {
        StringBuilder sb = new StringBuilder("/");
        int parts = random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(5) > 0) {
                sb.append('/');
            }
        }
        return sb.toString();
    }
}
