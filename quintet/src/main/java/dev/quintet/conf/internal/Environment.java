package dev.quintet.conf.internal;

import dev.quintet.conf.ImproperlyConfigured;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the values of the environment variables that override settings. */
public final class Environment {
    private Environment() {
    }

    /** {@code true/false/1/0} (any case, surrounding spaces ignored); anything else names the variable and fails. */
    public static boolean parseBoolean(String variable, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new ImproperlyConfigured("environment variable " + variable + "='" + value
                    + "' is not a boolean; expected one of true, false, 1, 0");
        };
    }

    /** A comma-separated list, items stripped, empty items dropped. */
    public static List<String> parseList(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            String stripped = item.strip();
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return items;
    }
}
