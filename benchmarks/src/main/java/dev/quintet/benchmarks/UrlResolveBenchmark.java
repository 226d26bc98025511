package dev.quintet.benchmarks;

import static dev.quintet.urls.Urls.include;
import static dev.quintet.urls.Urls.path;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.urls.Resolver404;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.urls.UrlConf;
import dev.quintet.urls.UrlPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * URL resolution on a URLconf of 1,000 apps of realistic shape ({@code app<i>/items/},
 * {@code app<i>/items/<int:pk>/}, {@code .../edit/}, {@code .../<slug:slug>/}, a namespaced include
 * per app): the first route, a middle one, the last one and a 404. With the prefix index the
 * three hits cost about the same. Run: {@code java -jar benchmarks/target/benchmarks.jar UrlResolve -f1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UrlResolveBenchmark {
    private static final int APPS = 1000;

    private UrlConf conf;

    @Setup
    public void setUp() {
        View view = request -> new HttpResponse("ok");
        List<UrlPattern> patterns = new ArrayList<>();
        for (int i = 0; i < APPS; i++) {
            String app = "app" + i + "/";
            patterns.add(path(app + "items/", view, "list" + i));
            patterns.add(path(app + "items/<int:pk>/", view, "detail" + i));
            patterns.add(path(app + "items/<int:pk>/edit/", view, "edit" + i));
            patterns.add(path(app + "items/<int:pk>/<slug:slug>/", view, "slug" + i));
            patterns.add(path(app + "admin/", include(List.of(path("<int:pk>/delete/", view, "delete")), "admin" + i)));
        }
        conf = UrlConf.of(patterns);
    }

    @Benchmark
    public ResolverMatch first() {
        return conf.resolve("/app0/items/42/edit/");
    }

    @Benchmark
    public ResolverMatch middle() {
        return conf.resolve("/app500/items/42/edit/");
    }

    @Benchmark
    public ResolverMatch last() {
        return conf.resolve("/app999/items/42/edit/");
    }

    @Benchmark
    public ResolverMatch lastNamespaced() {
        return conf.resolve("/app999/admin/42/delete/");
    }

    @Benchmark
    public Object notFound() {
        try {
            return conf.resolve("/app999/nothing/here/");
        } catch (Resolver404 e) {
            return e;
        }
    }
}
