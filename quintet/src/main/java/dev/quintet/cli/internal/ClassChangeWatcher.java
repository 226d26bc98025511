package dev.quintet.cli.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches directories (a development classpath: {@code target/classes}, resources) for changes and
 * reports the first changed file once the changes have settled — a compiler writes many files, and
 * a restart in the middle of that would load half of them.
 */
public final class ClassChangeWatcher implements AutoCloseable {
    private final WatchService watcher;
    private final Duration settle;
    private final Thread thread;

    private ClassChangeWatcher(List<Path> roots, Duration settle, Consumer<Path> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.settle = settle;
        for (Path root : roots) {
            register(root);
        }
        this.thread = Thread.ofPlatform().daemon().name("quintet-reloader").unstarted(() -> loop(onChange));
    }

    /** Starts watching every directory under {@code roots}; {@code onChange} is called once, on the watcher's thread. */
    public static ClassChangeWatcher start(List<Path> roots, Duration settle, Consumer<Path> onChange) throws IOException {
        ClassChangeWatcher watcher = new ClassChangeWatcher(roots, settle, onChange);
        watcher.thread.start();
        return watcher;
    }

    /** The directories of a class path (jars are not watched). */
    public static List<Path> directories(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .filter(Files::isDirectory)
                .toList();
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Path> onChange) {
        try {
            Path first = null;
            while (first == null) {
                first = changed(watcher.take());
            }
            // wait until nothing has changed for the settle time
            WatchKey more;
            while ((more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                changed(more);
            }
            onChange.accept(first);
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: nothing to report
        }
    }

    private Path changed(WatchKey key) {
        Path found = null;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (Files.isDirectory(path) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    try {
                        register(path);
                    } catch (IOException ignored) {
                        // vanished again before we could watch it
                    }
                }
                if (found == null) {
                    found = path;
                }
            }
        }
        key.reset();
        return found;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
