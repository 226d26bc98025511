package dev.quintet.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The query log: every statement the ORM runs is logged at DEBUG on the {@code dev.quintet.db.sql} logger
 * (SQL, parameters, time, call site), and recorded by the capture scopes open around it.
 *
 * <ul>
 *   <li>{@link #capture(Runnable)} returns the queries a block ran (Django's {@code CaptureQueriesContext});</li>
 *   <li>{@link #assertNumQueries(int, Runnable)} fails with the list of queries when the count differs;</li>
 *   <li>{@link #detectNPlusOne(int, boolean, Supplier)} watches a scope (a request, a test): when the same query
 *       shape runs more than {@code threshold} times from one call site, it logs a warning naming the call site
 *       and suggesting {@code selectRelated}/{@code prefetchRelated}; in strict mode it throws {@link NPlusOneError};</li>
 *   <li>{@link #capture(int, boolean, Supplier)} does both, and also rethrows a strict violation the body caught
 *       (a handler turning it into an error page), so a test fails on it;</li>
 *   <li>{@link #current()} reads the queries the innermost open scope has recorded so far (the web handler opens
 *       one per request in DEBUG: Django's {@code connection.queries}).</li>
 * </ul>
 * Scopes are bound with {@link ScopedValue}, so they follow the code, not the thread pool.
 */
public final class QueryLog {
    private static final Logger SQL_LOG = LoggerFactory.getLogger("dev.quintet.db.sql");
    private static final Logger N_PLUS_ONE_LOG = LoggerFactory.getLogger("dev.quintet.db.nplusone");
    private static final ScopedValue<Recorder> RECORDER = ScopedValue.newInstance();
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final URL OWN_CODE = location(QueryLog.class);

    private QueryLog() {
    }

    /**
     * One executed statement.
     *
     * @param alias    the database alias
     * @param sql      the SQL text
     * @param params   the bound values
     * @param nanos    the execution time
     * @param callSite the first caller outside the ORM ({@code Class.method(File.java:42)})
     */
    public record Entry(String alias, String sql, List<Object> params, long nanos, String callSite) {
    }

    /**
     * A block's result and the queries it ran.
     *
     * @param result  the block's result
     * @param queries the queries, in order
     */
    public record Captured<R>(R result, List<Entry> queries) {
    }

    /** Raised in strict mode when a scope repeats one query shape from one call site too often. */
    public static final class NPlusOneError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NPlusOneError(String message) {
            super(message);
        }
    }

    private static final class Recorder {
        final Recorder parent;
        final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
        final int threshold;
        final boolean strict;
        final Map<String, Integer> shapes = new HashMap<>();
        volatile NPlusOneError violation;

        Recorder(Recorder parent, int threshold, boolean strict) {
            this.parent = parent;
            this.threshold = threshold;
            this.strict = strict;
        }
    }

    /** Runs {@code body} and returns what it ran. */
    public static List<Entry> capture(Runnable body) {
        return capture(() -> {
            body.run();
            return null;
        }).queries();
    }

    /** Calls {@code body} and returns its result with what it ran. */
    public static <R> Captured<R> capture(Supplier<R> body) {
        return capture(0, false, body);
    }

    /**
     * Calls {@code body}, returning its result with what it ran, and watching for N+1 patterns as
     * {@link #detectNPlusOne} does ({@code threshold} 0: not watching). In strict mode a violation is thrown where
     * it happens and, if {@code body} caught it (a request handler answering with an error page), again when the
     * scope ends.
     */
    public static <R> Captured<R> capture(int threshold, boolean strict, Supplier<R> body) {
        Recorder r = new Recorder(RECORDER.isBound() ? RECORDER.get() : null, threshold, strict);
        R result = ScopedValue.where(RECORDER, r).call(body::get);
        if (r.violation != null) {
            throw r.violation;
        }
        return new Captured<>(result, List.copyOf(r.entries));
    }

    /**
     * The queries the innermost open scope (a capture, an N+1 watch, the handler's per-request scope in DEBUG) has
     * recorded so far, in order; empty outside any scope.
     */
    public static List<Entry> current() {
        if (!RECORDER.isBound()) {
            return List.of();
        }
        List<Entry> entries = RECORDER.get().entries;
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** Fails with an {@link AssertionError} listing the queries unless {@code body} runs exactly {@code expected}. */
    public static void assertNumQueries(int expected, Runnable body) {
        List<Entry> q = capture(body);
        if (q.size() != expected) {
            StringBuilder b = new StringBuilder(q.size() + " queries executed, " + expected + " expected\nCaptured queries were:\n");
            for (int i = 0; i < q.size(); i++) {
                b.append(i + 1).append(". ").append(q.get(i).sql()).append(' ').append(q.get(i).params()).append('\n');
            }
            throw new AssertionError(b.toString());
        }
    }

    /**
     * Calls {@code body}, watching for N+1 query patterns: more than {@code threshold} runs of one SQL shape from one
     * call site log a warning (once per shape), or throw {@link NPlusOneError} when {@code strict}.
     */
    public static <R> R detectNPlusOne(int threshold, boolean strict, Supplier<R> body) {
        Recorder r = new Recorder(RECORDER.isBound() ? RECORDER.get() : null, threshold, strict);
        return ScopedValue.where(RECORDER, r).call(body::get);
    }

    /** Records one executed statement; called by the ORM's executor. */
    public static void record(Database db, Sql sql, long nanos) {
        boolean recording = RECORDER.isBound();
        if (!recording && !SQL_LOG.isDebugEnabled()) {
            return;
        }
        String site = callSite();
        if (SQL_LOG.isDebugEnabled()) {
            SQL_LOG.debug("({} ms) [{}] {} {} at {}", String.format("%.3f", nanos / 1e6), db.alias(), sql.text(), sql.params(), site);
        }
        if (!recording) {
            return;
        }
        Entry e = new Entry(db.alias(), sql.text(), sql.params(), nanos, site);
        NPlusOneError error = null;
        for (Recorder r = RECORDER.get(); r != null; r = r.parent) {
            r.entries.add(e);
            if (r.threshold > 0) {
                NPlusOneError found = checkShape(r, e);
                error = error == null ? found : error;
            }
        }
        if (error != null) {
            throw error;
        }
    }

    /** Counts the entry's shape in a watching scope: the strict scope's error when it crosses the threshold. */
    private static NPlusOneError checkShape(Recorder r, Entry e) {
        String key = e.callSite() + "\n" + e.sql();
        int n;
        synchronized (r.shapes) {
            n = r.shapes.merge(key, 1, Integer::sum);
        }
        if (n == r.threshold + 1) {
            String msg = "Potential N+1 query: the same query ran " + n + " times from " + e.callSite()
                    + "; use selectRelated() (foreign keys) or prefetchRelated() (reverse and many-to-many relations). Query: " + e.sql();
            if (r.strict) {
                NPlusOneError error = new NPlusOneError(msg);
                if (r.violation == null) {
                    r.violation = error;
                }
                return error;
            }
            N_PLUS_ONE_LOG.warn(msg);
        }
        return null;
    }

    private static String callSite() {
        return WALKER.walk(frames -> frames
                .filter(f -> {
                    Class<?> c = f.getDeclaringClass();
                    String n = c.getName();
                    if (n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("com.zaxxer.")) {
                        return false;
                    }
                    URL here = location(c);
                    return here == null || !here.equals(OWN_CODE);
                })
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("<unknown>"));
    }

    private static URL location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }
}
