package dev.quintet.db;

import dev.quintet.db.deletion.Owner;
import dev.quintet.db.models.Apps;
import dev.quintet.db.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Atomic blocks, savepoints, on-commit callbacks and integrity errors, on every back end (real commits). */
class TransactionTest {
    @BeforeAll
    static void setUp() {
        TestDatabases.createTables(Apps.of(Owner.class).models());
    }

    private static Object[] c(String name, Supplier<Object> body, Object expected) {
        return new Object[] {name, body, expected};
    }

    private static List<String> names() {
        return Owner.objects.orderBy("name").valuesList("name", String.class).list();
    }

    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("atomic commits", () -> {
            Transaction.atomic(() -> Owner.objects.create("name", "a"));
            return names();
        }, List.of("a")));
        cases.add(c("exception rolls back", () -> {
            try {
                Transaction.atomic(() -> {
                    Owner.objects.create("name", "a");
                    throw new Boom();
                });
            } catch (Boom expected) {
                // rolled back
            }
            return names();
        }, List.of()));
        cases.add(c("inner block rolls back alone", () -> {
            Transaction.atomic(() -> {
                Owner.objects.create("name", "outer");
                try {
                    Transaction.atomic(() -> {
                        Owner.objects.create("name", "inner");
                        throw new Boom();
                    });
                } catch (Boom expected) {
                    // only the savepoint is rolled back
                }
                Owner.objects.create("name", "after");
            });
            return names();
        }, List.of("after", "outer")));
        cases.add(c("integrity error in savepoint keeps transaction usable", () -> {
            Transaction.atomic(() -> {
                Owner.objects.create("name", "dup");
                try {
                    Transaction.atomic(() -> Owner.objects.create("name", "dup"));
                    throw new AssertionError("expected IntegrityError");
                } catch (IntegrityError expected) {
                    // the savepoint was rolled back
                }
                Owner.objects.create("name", "next");
            });
            return names();
        }, List.of("dup", "next")));
        cases.add(c("integrity error outside transaction leaves connection usable", () -> {
            Owner.objects.create("name", "dup");
            String err;
            try {
                Owner.objects.create("name", "dup");
                err = "none";
            } catch (IntegrityError e) {
                err = "IntegrityError";
            }
            return err + ":" + Owner.objects.count();
        }, "IntegrityError:1"));
        cases.add(c("on commit runs after commit", () -> {
            List<String> log = new ArrayList<>();
            Transaction.atomic(() -> {
                Transaction.onCommit(() -> log.add("committed:" + Owner.objects.count()));
                Owner.objects.create("name", "a");
                log.add("body");
            });
            return log;
        }, List.of("body", "committed:1")));
        cases.add(c("on commit discarded on rollback", () -> {
            List<String> log = new ArrayList<>();
            Transaction.atomic(() -> {
                Transaction.onCommit(() -> log.add("outer"));
                try {
                    Transaction.atomic(() -> {
                        Transaction.onCommit(() -> log.add("inner"));
                        throw new Boom();
                    });
                } catch (Boom expected) {
                    // the inner callback goes with its block
                }
            });
            try {
                Transaction.atomic(() -> {
                    Transaction.onCommit(() -> log.add("never"));
                    throw new Boom();
                });
            } catch (Boom expected) {
                // nothing committed
            }
            return log;
        }, List.of("outer")));
        cases.add(c("on commit outside transaction runs at once", () -> {
            List<String> log = new ArrayList<>();
            Transaction.onCommit(() -> log.add("now"));
            return log;
        }, List.of("now")));
        cases.add(c("select for update needs a transaction", () -> {
            String outside;
            try {
                Owner.objects.all().selectForUpdate().list();
                outside = "none";
            } catch (TransactionManagementError e) {
                outside = "TransactionManagementError";
            }
            Owner.objects.create("name", "l");
            long inside = Transaction.atomic(() -> (long) Owner.objects.filter("name", "l").selectForUpdate().list().size());
            return outside + ":" + inside;
        }, "TransactionManagementError:1"));
        cases.add(c("atomic requests hook", () -> {
            java.util.function.Function<Supplier<String>, String> hook = Transaction.atomicRequests();
            try {
                hook.apply(() -> {
                    Owner.objects.create("name", "req");
                    throw new Boom();
                });
            } catch (Boom expected) {
                // the request's work is rolled back
            }
            return hook.apply(() -> Transaction.inAtomicBlock(Databases.current().defaultDatabase()) + ":" + Owner.objects.count());
        }, "true:0"));
        return TestDatabases.cross(cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void transaction(String backend, String name, Supplier<Object> body, Object expected) {
        Object actual = TestDatabases.on(backend, () -> {
            Owner.objects.all().delete();
            try {
                return body.get();
            } finally {
                Owner.objects.all().delete();
            }
        });
        assertThat(actual).as(name).isEqualTo(expected);
    }
}
