package dev.quintet.benchmarks.templates;

import io.pebbletemplates.pebble.PebbleEngine;
import freemarker.template.Configuration;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.ResourceCodeResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The peer engines of the template benchmark, each configured as its documentation recommends
 * for production: templates cached, HTML escaping on.
 */
final class PeerEngines {
    private PeerEngines() {
    }

    /** Renders one named page with a model; one instance per engine. */
    interface Renderer {
        String render(String page, Map<String, Object> model) throws Exception;
    }

    static Renderer pebble() {
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new io.pebbletemplates.pebble.loader.ClasspathLoader())
                .autoEscaping(true)
                .build();
        return (page, model) -> {
            StringWriter out = new StringWriter(4096);
            engine.getTemplate("templates/pebble/" + page + ".peb").evaluate(out, model);
            return out.toString();
        };
    }

    static Renderer freemarker() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(PeerEngines.class, "/templates/freemarker");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.US);
        return (page, model) -> {
            StringWriter out = new StringWriter(4096);
            cfg.getTemplate(page + ".ftlh").process(model, out);
            return out.toString();
        };
    }

    static Renderer thymeleaf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/thymeleaf/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();
        engine.setTemplateResolver(resolver);
        return (page, model) -> engine.process(page, new Context(Locale.US, model));
    }

    static Renderer jte() {
        Path classes;
        try {
            classes = Files.createTempDirectory("jte-classes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateEngine engine = TemplateEngine.create(new ResourceCodeResolver("templates/jte"), classes, ContentType.Html);
        return (page, model) -> {
            StringOutput out = new StringOutput(4096);
            engine.render(page + ".jte", model, out);
            return out.toString();
        };
    }
}
