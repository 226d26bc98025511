package dev.quintet.db.models;

import dev.quintet.db.DatabaseError;
import dev.quintet.db.Databases;
import dev.quintet.db.Transaction;
import dev.quintet.db.blog.BlogData;
import dev.quintet.db.blog.Tag;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code selectForUpdate()} locks rows until the transaction ends: NOWAIT refuses them, SKIP LOCKED skips them. */
class LockingTest {
    @BeforeAll
    static void setUp() {
        BlogData.load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sqlite, acquired/3", "postgresql, refused/2", "mysql, refused/2"})
    void select_for_update_locks_rows_another_transaction_wants(String backend, String expected) throws InterruptedException {
        Databases dbs = TestDatabases.get(backend);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> dbs.run(() -> Transaction.atomic(() -> {
            Tag.objects.filter("name", "java").selectForUpdate().list();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
        String outcome;
        try {
            locked.await();
            String nowait = dbs.call(() -> {
                try {
                    Transaction.atomic(() -> Tag.objects.filter("name", "java").selectForUpdate(true, false).list());
                    return "acquired";
                } catch (DatabaseError e) {
                    return "refused";
                }
            });
            long unlocked = dbs.call(() -> Transaction.atomic(() -> (long) Tag.objects.all().selectForUpdate(false, true).list().size()));
            outcome = nowait + "/" + unlocked;
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(outcome).isEqualTo(expected);
    }
}
