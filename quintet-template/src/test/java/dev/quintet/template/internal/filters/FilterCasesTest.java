package dev.quintet.template.internal.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quintet.template.library.Filter;
import dev.quintet.template.library.FilterContext;
import dev.quintet.template.support.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code filters/cases.jsonl}: a filter, an input, an argument, autoescape on or
 * off, and what Django renders for it (the value and its type, {@code SafeString} or plain, or
 * the exception Django lets through). The expectations come from Django itself (see
 * {@code filters/oracle.py}); each case names its source ({@code oracle32}, {@code oracle52},
 * {@code oracle60}, {@code docs60}).
 */
class FilterCasesTest {

    record Case(String name, String filter, Object value, boolean hasArg, Object arg, boolean autoescape,
                String zone, boolean ok, Object expected, String error, String source) {
    }

    static List<Case> load() throws IOException {
        // -Dfilters.cases=/path/to/other.jsonl runs another table made by oracle.py --out
        String other = System.getProperty("filters.cases");
        if (other != null) {
            try (InputStream in = new java.io.FileInputStream(other)) {
                return load(in);
            }
        }
        return load("/filters/cases.jsonl");
    }

    static List<Case> load(String resource) throws IOException {
        try (InputStream in = FilterCasesTest.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource + " is missing");
            return load(in);
        }
    }

    static List<Case> load(InputStream in) throws IOException {
        List<Case> cases = new ArrayList<>();
        {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) Json.parse(line);
                cases.add(new Case(
                        (String) row.get("name"),
                        (String) row.get("filter"),
                        TestValues.decode(row.get("value")),
                        row.containsKey("arg"),
                        TestValues.decode(row.get("arg")),
                        !Boolean.FALSE.equals(row.get("autoescape")),
                        (String) row.getOrDefault("zone", "UTC"),
                        row.containsKey("ok"),
                        TestValues.decode(row.get("ok")),
                        (String) row.get("error"),
                        (String) row.get("source")));
            }
        }
        return cases;
    }

    static Stream<Arguments> cases() throws IOException {
        return load().stream().map(c -> Arguments.of(Named.of(c.source() + " " + c.name(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void filterMatchesDjango(Case c) throws Exception {
        check(c);
    }

    /**
     * The randomised table ({@code filters/differential.jsonl}, from {@code differential.py}):
     * tag soup, URLs, numbers, format strings, dates; every mismatch is listed at once.
     */
    @Test
    void randomisedInputsMatchDjango() throws IOException {
        List<Case> cases = load("/filters/differential.jsonl");
        assertThat(cases).hasSizeGreaterThan(2000);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            try {
                check(c);
            } catch (Throwable t) {
                failures.add(c.name() + ": " + t.getMessage());
            }
        }
        assertThat(failures).as("mismatches with Django").isEmpty();
    }

    private static void check(Case c) throws Exception {
        Filter filter = DefaultFilters.library().filters().get(c.filter());
        assertThat(filter).as("filter %s is registered", c.filter()).isNotNull();
        FilterContext ctx = TestValues.context(c.autoescape(), ZoneId.of(c.zone()));
        Object arg = c.hasArg() ? c.arg() : Filter.NO_ARG;
        Object actual;
        try {
            actual = TestValues.applyLikeEngine(filter, c.value(), arg, ctx);
        } catch (PyErr e) {
            if (c.ok()) {
                throw e;
            }
            assertThat(e.kind().name()).as("Python exception").isNotNull();
            assertThat(e.getMessage()).startsWith(c.error() + ":");
            return;
        }
        if (!c.ok()) {
            fail("expected Django's %s, got %s", c.error(), TestValues.show(actual));
        }
        if (!TestValues.same(c.expected(), actual)) {
            fail("%s: expected %s%n but got %s", c.name(), TestValues.show(c.expected()), TestValues.show(actual));
        }
    }

    @Test
    void tableIsLargeAndCoversEveryFilter() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("filters.cases") == null);
        List<Case> cases = load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(250);
        assertThat(cases.stream().map(Case::name).distinct().count()).isEqualTo(cases.size());
        for (String name : DefaultFilters.library().filters().keySet()) {
            assertThat(cases).as("cases for %s", name).anyMatch(c -> c.filter().equals(name));
        }
    }
}
