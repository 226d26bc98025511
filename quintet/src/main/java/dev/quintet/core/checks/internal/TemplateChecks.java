package dev.quintet.core.checks.internal;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.StaticFilesStorage;
import dev.quintet.core.checks.CheckMessage;
import dev.quintet.template.Engine;
import dev.quintet.template.TemplateSyntaxError;
import dev.quintet.templates.internal.EngineFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code templates.E010}: every template the site's loaders can reach (the installed apps'
 * {@code templates/} folders and {@code TEMPLATES} dirs) compiles. Django finds a syntax error
 * when the page is first rendered; {@code check} and {@code runserver} find all of them before
 * deployment, each naming the template, line and column.
 */
public final class TemplateChecks {
    private TemplateChecks() {
    }

    /** The syntax errors of the site's templates; none when the site has no {@code TEMPLATES}. */
    public static List<CheckMessage> check(Settings settings) {
        if (settings.templates() == null) {
            return List.of();
        }
        Engine engine = EngineFactory.build(settings, new StaticFilesStorage(settings.staticFiles(), settings.debug()));
        List<CheckMessage> messages = new ArrayList<>();
        for (TemplateSyntaxError error : engine.checkAll()) {
            messages.add(CheckMessage.error("templates.E010", error.getMessage(),
                    "Fix the template; it would fail when first rendered.", error.templateName()));
        }
        return messages;
    }
}
