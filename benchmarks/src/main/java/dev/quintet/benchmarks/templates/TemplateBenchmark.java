package dev.quintet.benchmarks.templates;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Renders TechEmpower's fortunes table and the classic "stocks" page (20 rows, a loop,
 * conditionals, escaping on) with Quintet and its peers, in one run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TemplateBenchmark -f1 -wi 5 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateBenchmark {
    @Param({"quintet", "pebble", "freemarker", "thymeleaf", "jte"})
    public String engine;

    @Param({"stocks", "fortunes"})
    public String page;

    private PeerEngines.Renderer renderer;
    private Map<String, Object> model;

    @Setup
    public void setUp() throws Exception {
        renderer = TemplateEngines.named(engine);
        model = page.equals("stocks") ? Map.of("items", Stock.dummyItems()) : Map.of("fortunes", Fortune.sample());
        renderer.render(page, model); // compile and cache outside the measurement
    }

    @Benchmark
    public String render() throws Exception {
        return renderer.render(page, model);
    }
}
