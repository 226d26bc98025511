package dev.quintet.benchmarks.templates;

import dev.quintet.template.Engine;
import dev.quintet.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Quintet's engine in the template benchmark: production mode (not debug), autoescape on. */
final class QuintetEngine {
    private QuintetEngine() {
    }

    static PeerEngines.Renderer renderer() {
        Engine engine = Engine.builder().autoescape(true).debug(false).build();
        Template stocks = engine.fromString(resource("stocks"), "stocks.html");
        Template fortunes = engine.fromString(resource("fortunes"), "fortunes.html");
        return (page, model) -> switch (page) {
            case "stocks" -> stocks.render(model);
            case "fortunes" -> fortunes.render(model);
            default -> throw new IllegalArgumentException("no page " + page);
        };
    }

    private static String resource(String page) {
        String path = "/templates/quintet/" + page + ".html";
        try (InputStream in = QuintetEngine.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
