package dev.quintet.contrib.staticfiles.internal;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Joins a requested relative name to a root without ever leaving it (Django's {@code safe_join}).
 * Refused: empty names, absolute names, drive letters, backslashes, NUL, {@code .}/{@code ..}/empty
 * segments, and percent-encoded slashes, backslashes or dots left after the URL was decoded (a
 * double-encoded {@code %252F}).
 */
public final class SafePaths {
    private SafePaths() {
    }

    /** True when {@code name} is a relative, normalised, slash-separated name. */
    public static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0 || name.indexOf(':') >= 0) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** {@code root/name}, or {@code null} when {@code name} is unsafe or would leave {@code root}. */
    public static Path resolve(Path root, String name) {
        if (!isSafe(name)) {
            return null;
        }
        Path base = root.toAbsolutePath().normalize();
        Path full;
        try {
            full = base.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return full.startsWith(base) && !full.equals(base) ? full : null;
    }
}
