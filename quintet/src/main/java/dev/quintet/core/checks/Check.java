package dev.quintet.core.checks;

import dev.quintet.conf.Settings;
import java.util.List;

/**
 * A system check: inspects the settings (and what they reference) and reports problems.
 * Registered in a {@link CheckRegistry} with its tags; run at start-up and by the
 * {@code check} command.
 *
 * <pre>{@code
 * Check needsAdmins = settings -> settings.installedApps().isEmpty()
 *     ? List.of(CheckMessage.warning("myapp.W001", "No apps installed.", null, null))
 *     : List.of();
 * CheckRegistry registry = CheckRegistry.defaults().with(needsAdmins, "myapp");
 * }</pre>
 */
@FunctionalInterface
public interface Check {
    /** The problems found; empty when all is well. */
    List<CheckMessage> check(Settings settings);
}
