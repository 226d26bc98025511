package dev.quintet.urls;

import static dev.quintet.urls.UrlFixtures.v;
import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.urls.internal.Resolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index claim: with 1,000 routes, resolving the last costs at most 3x resolving the first.
 * Timings are medians of interleaved batches after a warm-up; the same measurement on the linear
 * scan (the reference the index replaces) shows the check can fail.
 */
class ResolveScalingTest {
    static final int ROUTES = 1000;

    static UrlConf thousandRoutes() {
        List<UrlPattern> patterns = new ArrayList<>();
        for (int i = 0; i < ROUTES; i++) {
            patterns.add(path("app" + i + "/items/<int:pk>/", v("detail" + i), "detail" + i));
            patterns.add(path("app" + i + "/items/<int:pk>/edit/", v("edit" + i), "edit" + i));
            patterns.add(path("app" + i + "/", include(List.of(path("list/", v("list" + i), "list")), "app" + i)));
        }
        return UrlConf.of(patterns);
    }

    private static long median(long[] samples) {
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    /** Median nanoseconds per batch for the first and the last path, measured alternately. */
    private static long[] measure(UrlConf conf, boolean indexed, String first, String last, int batch) {
        int rounds = 31;
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        int sink = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (int i = 0; i < batch; i++) {
                sink += Resolution.resolve(conf.compiledRoot(), first, indexed).route().length();
                sink += Resolution.resolve(conf.compiledRoot(), last, indexed).route().length();
            }
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += Resolution.resolve(conf.compiledRoot(), first, indexed).route().length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += Resolution.resolve(conf.compiledRoot(), last, indexed).route().length();
            }
            long t2 = System.nanoTime();
            a[r] = t1 - t0;
            b[r] = t2 - t1;
        }
        assertThat(sink).isNotZero();
        return new long[] {median(a), median(b)};
    }

    @Test
    void lastRouteCostsAtMostThreeTimesTheFirst() {
        UrlConf conf = thousandRoutes();
        // The best of three attempts, so a busy machine does not fail it; a linear scan (about
        // 1,000x) fails every attempt.
        double best = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && best >= 3.0; attempt++) {
            long[] t = measure(conf, true, "/app0/items/7/edit/", "/app999/items/7/edit/", 20_000);
            best = Math.min(best, (double) t[1] / t[0]);
        }
        assertThat(best).as("last/first with the index").isLessThan(3.0);
    }

    @Test
    void theLinearScanWouldFailTheSameCheck() {
        UrlConf conf = thousandRoutes();
        long[] t = measure(conf, false, "/app0/items/7/edit/", "/app999/items/7/edit/", 100);
        assertThat((double) t[1] / t[0]).as("last/first without the index").isGreaterThan(3.0);
    }

    @Test
    void namespacedRouteAmongThousandResolves() {
        ResolverMatch m = thousandRoutes().resolve("/app999/list/");
        assertThat(m.namespaces()).containsExactly("app999");
        assertThat(m.route()).isEqualTo("app999/list/");
    }
}
