package dev.quintet.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs a Python snippet under an installed Django, for interop checks; skips the test without one. */
public final class DjangoPython {
    private static final List<String> CANDIDATES = List.of("/tmp/authvenv/bin/python", "/usr/bin/python3", "/tmp/dj52/bin/python");

    private DjangoPython() {
    }

    /** A Python interpreter that can import Django, if any. */
    public static Optional<String> find() {
        for (String candidate : CANDIDATES) {
            if (Files.isExecutable(Path.of(candidate))) {
                try {
                    if (run(candidate, "import django", List.of()).startsWith("ok")) {
                        return Optional.of(candidate);
                    }
                } catch (IOException e) {
                    // try the next one
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code script} (argv in {@code sys.argv[1:]}) and answers its standard output; skips without Django. */
    public static String runOrSkip(String script, List<String> args) {
        Optional<String> python = find();
        Assumptions.assumeTrue(python.isPresent(), "no python3 with Django installed: interop check skipped");
        try {
            return run(python.get(), script, args);
        } catch (IOException e) {
            throw new AssertionError("python failed: " + e.getMessage(), e);
        }
    }

    private static String run(String python, String script, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(python, "-c", script + "\nprint('ok')"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("python timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + ": " + out);
        }
        return out.strip();
    }
}
