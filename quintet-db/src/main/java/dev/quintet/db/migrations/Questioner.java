package dev.quintet.db.migrations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The questions {@code makemigrations} cannot answer alone: was a field or model renamed, and which one-off value
 * fills existing rows of a new non-null column. {@link #interactive} asks on a terminal;
 * {@link #nonInteractive} answers from {@code --rename} flags and fails on a missing default.
 */
public interface Questioner {
    /** Whether {@code app.model.oldName} was renamed to {@code newName} ({@code model == null}: a model rename). */
    boolean askRename(String app, String model, String oldName, String newName);

    /** A one-off default for a new non-null field without one; throws {@link MigrationError} to give up. */
    Object askDefault(String app, String model, String field);

    /**
     * Answers from flags: {@code renames} maps {@code blog.post.title} to {@code headline} (a field) or
     * {@code blog.post} to {@code article} (a model); everything else is "not a rename", and a missing default fails.
     */
    static Questioner nonInteractive(Map<String, String> renames) {
        return new Questioner() {
            @Override
            public boolean askRename(String app, String model, String oldName, String newName) {
                String key = model == null ? app + "." + oldName : app + "." + model + "." + oldName;
                return newName.equalsIgnoreCase(renames.get(key));
            }

            @Override
            public Object askDefault(String app, String model, String field) {
                throw new MigrationError("It is impossible to add a non-nullable field '" + field + "' to " + model
                        + " without specifying a default (" + app + "." + model + "." + field + "). Declare a default with"
                        + " .withDefault(...), make the field .nullable(), or run makemigrations on a terminal to give a"
                        + " one-off default for the existing rows.");
            }
        };
    }

    /** Asks on a terminal (reading answers from {@code in}). */
    static Questioner interactive(BufferedReader in, PrintWriter out) {
        return new Questioner() {
            @Override
            public boolean askRename(String app, String model, String oldName, String newName) {
                out.print(model == null ? "Was the model " + app + "." + oldName + " renamed to " + newName + "? [y/N] "
                        : "Was " + model + "." + oldName + " renamed to " + model + "." + newName + "? [y/N] ");
                out.flush();
                return line().trim().toLowerCase(Locale.ROOT).startsWith("y");
            }

            @Override
            public Object askDefault(String app, String model, String field) {
                out.println("It is impossible to add a non-nullable field '" + field + "' to " + model + " without a default;"
                        + " the database needs something to fill existing rows.");
                out.println("Enter a one-off default as a Java literal (42, 4.2, \"text\", true), or 'exit' to stop:");
                while (true) {
                    out.print(">>> ");
                    out.flush();
                    String s = line().trim();
                    if (s.equals("exit")) {
                        throw new MigrationError("Stopped: no default for " + app + "." + model + "." + field);
                    }
                    try {
                        return parseLiteral(s);
                    } catch (IllegalArgumentException e) {
                        out.println(e.getMessage());
                    }
                }
            }

            private String line() {
                try {
                    String s = in.readLine();
                    if (s == null) {
                        throw new MigrationError("No answer on standard input");
                    }
                    return s;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Parses a one-off default typed as a Java literal. */
    static Object parseLiteral(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        try {
            if (s.matches("-?\\d+")) {
                long v = Long.parseLong(s);
                return v == (int) v ? (Object) (int) v : (Object) v;
            }
            if (s.matches("-?\\d+L")) {
                return Long.parseLong(s.substring(0, s.length() - 1));
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a Java literal: " + s + " (strings need double quotes)", e);
        }
    }
}
