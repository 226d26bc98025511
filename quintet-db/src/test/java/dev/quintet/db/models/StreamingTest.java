package dev.quintet.db.models;

import dev.quintet.db.Database;
import dev.quintet.db.QueryLog;
import dev.quintet.db.Transaction;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Post;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code iterator(fetchSize)}: rows read from an open cursor, not cached, the connection restored on close. */
class StreamingTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void streams_without_caching_and_leaves_the_connection_as_it_was(String backend) {
        List<Object> seen = TestDatabases.on(backend, () -> {
            QuerySet<Post> qs = Post.objects.orderBy("views");
            List<Integer> first;
            try (Stream<Post> s = qs.iterator(1)) {
                first = s.map(p -> p.views).toList();
            }
            int queries = QueryLog.capture(() -> {
                try (Stream<Post> s = qs.iterator(1)) {
                    s.forEach(p -> { });
                }
            }).size();
            List<Boolean> autoCommit = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                autoCommit.add(Transaction.atomic(() -> true) && TestDatabases.get(backend).defaultDatabase().withConnection(c -> c.getAutoCommit()));
            }
            return List.of(first, queries, autoCommit.stream().allMatch(b -> b));
        });
        assertThat(seen).containsExactly(List.of(0, 5, 10, 100), 1, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.quintet.db.testing.TestDatabases#backends")
    void a_stream_inside_atomic_sees_the_transaction(String backend) {
        Object count = TestDatabases.rolledBack(backend, () -> {
            Tag.objects.create("name", "streamed");
            try (Stream<Tag> s = Tag.objects.filter("name", "streamed").iterator(1)) {
                return s.count();
            }
        });
        assertThat(count).isEqualTo(1L);
    }

    /** PostgreSQL holds a cursor only inside a transaction: outside atomic the stream opens one, idle while unread. */
    @Test
    void postgresql_keeps_a_server_side_cursor_outside_atomic() {
        String state = TestDatabases.on("postgresql", () -> {
            Database db = TestDatabases.get("postgresql").defaultDatabase();
            try (Stream<Post> s = Post.objects.orderBy("views").iterator(1)) {
                Iterator<Post> it = s.iterator();
                it.next();
                return db.withConnection(c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT state FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                            + " AND query LIKE 'SELECT %qt_post%ORDER BY%views%' AND state = 'idle in transaction'")) {
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? rs.getString(1) : "no open cursor";
                        }
                    }
                });
            }
        });
        assertThat(state).isEqualTo("idle in transaction");
    }
}
