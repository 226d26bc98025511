package dev.quintet.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code runserver}'s auto-reloader, as Django's: the command re-runs itself in a child JVM with
 * {@link #CHILD_ENV} set; the child serves and exits with {@link #RELOAD_EXIT_CODE} when a class
 * or resource changes, and the parent starts a new child. Any other exit code ends the parent.
 */
public final class Reloader {
    /** Set in the child's environment: serve instead of supervising. */
    public static final String CHILD_ENV = "QUINTET_RUN_MAIN";
    /** The child's exit code asking for a restart. */
    public static final int RELOAD_EXIT_CODE = 3;

    /** Starts one child process. */
    @FunctionalInterface
    public interface Launcher {
        Process launch() throws IOException;
    }

    private Reloader() {
    }

    /** True in the child JVM. */
    public static boolean isChild() {
        return "true".equals(System.getenv(CHILD_ENV));
    }

    /** Runs children until one exits with something other than {@link #RELOAD_EXIT_CODE}; returns that code. */
    public static int supervise(Launcher launcher, PrintWriter out) throws IOException, InterruptedException {
        AtomicReference<Process> current = new AtomicReference<>();
        // SIGTERM to the supervisor stops the child gracefully too, instead of orphaning it
        Thread stopChild = new Thread(() -> {
            Process child = current.get();
            if (child != null) {
                child.destroy();
                try {
                    child.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "quintet-reloader-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            while (true) {
                Process child = launcher.launch();
                current.set(child);
                int code;
                try {
                    code = child.waitFor();
                } catch (InterruptedException e) {
                    child.destroy();
                    throw e;
                }
                current.set(null);
                if (code != RELOAD_EXIT_CODE) {
                    return code;
                }
                out.println("Restarting with the changed classes...");
                out.flush();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing to undo
            }
        }
    }

    /** Launches this JVM's own command line again, with {@link #CHILD_ENV} set and the standard streams shared. */
    public static Optional<Launcher> selfLauncher() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(command.get());
        line.addAll(List.of(arguments.get()));
        return Optional.of(() -> {
            ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
            builder.environment().put(CHILD_ENV, "true");
            return builder.start();
        });
    }
}
