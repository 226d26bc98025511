package dev.quintet.benchmarks.templates;

import java.util.List;
import java.util.Map;

/**
 * Renders each page once with every engine and checks the output is the same page: every row
 * present and escaped. Run before trusting the benchmark's numbers.
 */
public final class TemplateCheck {
    private TemplateCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, PeerEngines.Renderer> engines = TemplateEngines.all();
        Map<String, Object> stocks = Map.of("items", Stock.dummyItems());
        Map<String, Object> fortunes = Map.of("fortunes", Fortune.sample());
        for (var e : engines.entrySet()) {
            String s = e.getValue().render("stocks", stocks);
            String f = e.getValue().render("fortunes", fortunes);
            check(e.getKey() + " stocks", s, List.of("Apple &lt;Inc&gt;", "American Express Co &amp; Sons", "Yahoo!", "class=\"minus\""));
            check(e.getKey() + " fortunes", f, List.of("&lt;script&gt;alert(", "フレームワークのベンチマーク", "Additional fortune added at request time."));
            System.out.printf("%-10s stocks %5d chars, fortunes %5d chars%n", e.getKey(), s.length(), f.length());
        }
    }

    private static void check(String what, String output, List<String> needles) {
        for (String needle : needles) {
            if (!output.contains(needle)) {
                throw new AssertionError(what + ": missing " + needle + " in\n" + output);
            }
        }
        if (output.contains("<script>")) {
            throw new AssertionError(what + ": unescaped script");
        }
    }
}
