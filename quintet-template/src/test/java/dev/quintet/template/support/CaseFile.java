package dev.quintet.template.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads conformance cases. A file holds cases, each starting with a line {@code === name}, then
 * sections starting with {@code --- kind [arg]}: {@code template} (the template under test),
 * {@code template NAME} (another template the loader has), {@code context} (JSON),
 * {@code settings} (lines {@code key=value}: autoescape, string_if_invalid, debug),
 * {@code output} (the expected output), {@code match} (a regex the output must match) or
 * {@code error} (a substring of the expected error message). A section's text is its lines
 * joined with newlines (so a trailing newline is written as a final empty line).
 */
public final class CaseFile {
    private CaseFile() {
    }

    /** One case. */
    public record Case(String file, String name, String template, Map<String, String> templates, String context,
                       Map<String, String> settings, String output, String match, String error) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    public static List<Case> parse(String file, String text) {
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (!line.startsWith("=== ")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected '=== name', got: " + line);
                }
                i++;
                continue;
            }
            String name = line.substring(4).strip();
            i++;
            String template = null;
            String context = null;
            String output = null;
            String match = null;
            String error = null;
            Map<String, String> templates = new LinkedHashMap<>();
            Map<String, String> settings = new LinkedHashMap<>();
            while (i < lines.length && !lines[i].startsWith("=== ")) {
                String header = lines[i];
                if (!header.startsWith("--- ")) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected '--- section' in case " + name);
                }
                String kind = header.substring(4).strip();
                i++;
                List<String> body = new ArrayList<>();
                while (i < lines.length && !lines[i].startsWith("--- ") && !lines[i].startsWith("=== ")) {
                    body.add(lines[i]);
                    i++;
                }
                // a blank line right before the next case is a separator, not content
                if (i < lines.length && lines[i].startsWith("=== ") || i >= lines.length) {
                    while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
                        body.remove(body.size() - 1);
                    }
                }
                String content = String.join("\n", body);
                if (kind.equals("template")) {
                    template = content;
                } else if (kind.startsWith("template ")) {
                    templates.put(kind.substring(9).strip(), content);
                } else if (kind.equals("context")) {
                    context = content;
                } else if (kind.equals("settings")) {
                    for (String s : body) {
                        if (!s.isBlank()) {
                            int eq = s.indexOf('=');
                            settings.put(s.substring(0, eq).strip(), s.substring(eq + 1));
                        }
                    }
                } else if (kind.equals("output")) {
                    output = content;
                } else if (kind.equals("match")) {
                    match = content;
                } else if (kind.equals("error")) {
                    error = content;
                } else {
                    throw new IllegalArgumentException(file + ": unknown section '" + kind + "' in case " + name);
                }
            }
            if (template == null || (output == null && match == null && error == null)) {
                throw new IllegalArgumentException(file + ": case " + name + " needs a template and an expectation");
            }
            cases.add(new Case(file, name, template, templates, context, settings, output, match, error));
        }
        return cases;
    }

    /** Every case in the .txt files under a classpath folder. */
    public static List<Case> load(String folder) {
        URL url = CaseFile.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " on the classpath");
        }
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    all.addAll(parse(p.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }
}
