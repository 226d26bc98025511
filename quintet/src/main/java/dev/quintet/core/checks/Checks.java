package dev.quintet.core.checks;

import dev.quintet.conf.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;

/**
 * Runs system checks and reports them the way Django's {@code check} command and
 * {@code runserver} do.
 *
 * <pre>{@code
 * List<CheckMessage> messages = Checks.run(settings, CheckRegistry.defaults(), true, List.of());
 * System.out.print(Checks.format(messages, settings));
 * // System check identified some issues:
 * //
 * // WARNINGS:
 * // ?: (security.W004) You have not set a value for the SECURE_HSTS_SECONDS setting. ...
 * //
 * // System check identified 1 issue (0 silenced).
 * }</pre>
 */
public final class Checks {
    private Checks() {
    }

    /** Runs the default registry's checks, without deployment checks. */
    public static List<CheckMessage> run(Settings settings) {
        return CheckRegistry.defaults().run(settings, false, List.of());
    }

    /** Runs {@code registry}'s checks with one of {@code tags} (all when empty); see {@link CheckRegistry#run}. */
    public static List<CheckMessage> run(Settings settings, CheckRegistry registry, boolean includeDeploy,
                                         Collection<String> tags) {
        return registry.run(settings, includeDeploy, tags);
    }

    /** True when {@code message}'s id is in {@code SILENCED_SYSTEM_CHECKS}. */
    public static boolean isSilenced(CheckMessage message, Settings settings) {
        return message.id() != null && settings.silencedSystemChecks().contains(message.id());
    }

    /** True when an unsilenced message is at {@code failLevel} or above. */
    public static boolean hasSerious(List<CheckMessage> messages, Settings settings, CheckMessage.Level failLevel) {
        for (CheckMessage message : messages) {
            if (message.isSerious(failLevel) && !isSilenced(message, settings)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report Django's {@code check} command prints: a header when there are issues, the
     * unsilenced messages grouped by level (CRITICALS, ERRORS, WARNINGS, INFOS, DEBUGS) and
     * sorted, then {@code System check identified N issues (M silenced).} When an issue is at
     * ERROR or above the header starts with {@code SystemCheckError: }.
     */
    public static String format(List<CheckMessage> messages, Settings settings) {
        return format(messages, settings, CheckMessage.Level.ERROR, true);
    }

    /** {@link #format(List, Settings)} with Django's {@code --fail-level} and {@code display_num_errors}. */
    public static String format(List<CheckMessage> messages, Settings settings, CheckMessage.Level failLevel,
                                boolean displayNumErrors) {
        List<CheckMessage> visible = new ArrayList<>();
        for (CheckMessage message : messages) {
            if (!isSilenced(message, settings)) {
                visible.add(message);
            }
        }
        StringBuilder body = new StringBuilder();
        CheckMessage.Level[] order = {CheckMessage.Level.CRITICAL, CheckMessage.Level.ERROR,
            CheckMessage.Level.WARNING, CheckMessage.Level.INFO, CheckMessage.Level.DEBUG};
        String[] groupNames = {"CRITICALS", "ERRORS", "WARNINGS", "INFOS", "DEBUGS"};
        for (int i = 0; i < order.length; i++) {
            CheckMessage.Level level = order[i];
            List<String> lines = new ArrayList<>();
            for (CheckMessage message : visible) {
                if (message.level() == level) {
                    lines.add(message.toString());
                }
            }
            if (!lines.isEmpty()) {
                lines.sort(null);
                body.append('\n').append(groupNames[i]).append(":\n").append(String.join("\n", lines)).append('\n');
            }
        }
        String header = visible.isEmpty() ? "" : "System check identified some issues:\n";
        StringBuilder footer = new StringBuilder();
        if (displayNumErrors) {
            if (!visible.isEmpty()) {
                footer.append('\n');
            }
            int count = visible.size();
            String issues = count == 0 ? "no issues" : count == 1 ? "1 issue" : count + " issues";
            footer.append("System check identified ").append(issues).append(" (")
                    .append(messages.size() - count).append(" silenced).");
        }
        String prefix = hasSerious(messages, settings, failLevel) ? "SystemCheckError: " : "";
        return prefix + header + body + footer;
    }

    /**
     * What a server does before it listens: runs the checks, logs the report as a warning when
     * there are issues, and stops with {@link SystemCheckError} when one is at ERROR or above.
     */
    public static List<CheckMessage> runAtStartup(Settings settings, CheckRegistry registry, Logger logger) {
        List<CheckMessage> messages = registry.run(settings, false, List.of());
        String report = format(messages, settings);
        if (hasSerious(messages, settings, CheckMessage.Level.ERROR)) {
            throw new SystemCheckError(report, messages);
        }
        boolean anyVisible = messages.stream().anyMatch(m -> !isSilenced(m, settings));
        if (anyVisible) {
            logger.warn("{}", report);
        }
        return messages;
    }
}
