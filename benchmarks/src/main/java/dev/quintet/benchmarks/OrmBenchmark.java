package dev.quintet.benchmarks;

import dev.quintet.db.Database;
import dev.quintet.db.Databases;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.models.CharField;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.Manager;
import dev.quintet.db.models.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ORM against hand-written JDBC on the same HikariCP pool (the {@link Database}'s own), on SQLite
 * (a temporary file) and PostgreSQL: a get by primary key, a filtered list of 100 rows, an insert and
 * an update of one row. The gap between {@code mode=orm} and {@code mode=jdbc} is what the ORM costs:
 * building and compiling the query, binding, mapping rows to instances, the connection bookkeeping.
 *
 * <pre>
 * ./mvnw -o -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar OrmBenchmark                       # both back ends, both modes
 * java -jar benchmarks/target/benchmarks.jar OrmBenchmark -p backend=sqlite
 * </pre>
 *
 * <p>PostgreSQL: the TFB database of {@code ../shared/bench/db/setup.sh} by default
 * ({@code hello_world}, user {@code benchmarkdbuser}); {@code ORM_BENCH_PG_URL} overrides it. The
 * benchmark creates its own table {@code orm_bench_item} (10,000 rows, 100 per category) and drops it
 * at the end. Inserted rows are deleted after each iteration, so the table keeps its size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrmBenchmark {
    private static final int ROWS = 10_000;
    private static final int CATEGORIES = ROWS / 100;
    private static final String COLUMNS = "\"id\", \"name\", \"category\", \"score\"";
    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM \"orm_bench_item\" WHERE \"id\" = ?";
    private static final String SELECT_CATEGORY = "SELECT " + COLUMNS + " FROM \"orm_bench_item\" WHERE \"category\" = ?";
    private static final String INSERT = "INSERT INTO \"orm_bench_item\" (\"name\", \"category\", \"score\") VALUES (?, ?, ?) RETURNING \"id\"";
    private static final String UPDATE = "UPDATE \"orm_bench_item\" SET \"name\" = ?, \"category\" = ?, \"score\" = ? WHERE \"id\" = ?";

    /** The benchmark's model: a row of {@code orm_bench_item}. */
    public static final class Item extends Model {
        /** The manager. */
        public static final Manager<Item> objects = Manager.of(Item.class, m -> m
                .app("benchmarks")
                .dbTable("orm_bench_item")
                .field("name", CharField.maxLength(100))
                .field("category", IntegerField.of().dbIndex())
                .field("score", IntegerField.of()));

        /** A short text. */
        public String name;
        /** 0..99, 100 rows each. */
        public int category;
        /** Changed by the update benchmark. */
        public int score;
    }

    /** What hand-written JDBC code maps a row to. */
    public record Row(long id, String name, int category, int score) {
    }

    @Param({"sqlite", "postgresql"})
    public String backend;

    @Param({"orm", "jdbc"})
    public String mode;

    private Database db;
    private DataSource pool;
    private Path sqliteFile;
    private boolean orm;
    private Item updated;

    @Setup(Level.Trial)
    public void open() throws Exception {
        String url = switch (backend) {
            case "sqlite" -> {
                sqliteFile = Files.createTempFile("orm-bench", ".sqlite3");
                yield "sqlite:///" + sqliteFile.toAbsolutePath();
            }
            case "postgresql" -> System.getenv().getOrDefault("ORM_BENCH_PG_URL",
                    "postgres://benchmarkdbuser:benchmarkdbpass@127.0.0.1:5432/hello_world");
            default -> throw new IllegalArgumentException("backend: sqlite or postgresql, not " + backend);
        };
        orm = switch (mode) {
            case "orm" -> true;
            case "jdbc" -> false;
            default -> throw new IllegalArgumentException("mode: orm or jdbc, not " + mode);
        };
        db = Database.connect(Databases.DEFAULT, url);
        pool = db.dataSource();
        Databases.install(Databases.of(db));
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.dropModelsIfExist(List.of(Item.objects.meta()));
            ed.createModel(Item.objects.meta());
        }
        List<Item> seed = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Item item = new Item();
            item.name = "item " + i;
            item.category = i % CATEGORIES;
            item.score = i;
            seed.add(item);
        }
        Item.objects.bulkCreate(seed);
        updated = Item.objects.get("id", ROWS / 2);
    }

    @TearDown(Level.Iteration)
    public void removeInserted() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM \"orm_bench_item\" WHERE \"id\" > " + ROWS);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        try (SchemaEditor ed = db.schemaEditor()) {
            ed.dropModelsIfExist(List.of(Item.objects.meta()));
        }
        db.close();
        if (sqliteFile != null) {
            Files.deleteIfExists(sqliteFile);
        }
    }

    @Benchmark
    public Object getByPk() throws SQLException {
        long id = ThreadLocalRandom.current().nextInt(1, ROWS + 1);
        if (orm) {
            return Item.objects.get("id", id);
        }
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_ONE)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return row(rs);
            }
        }
    }

    @Benchmark
    public List<?> filteredList() throws SQLException {
        int category = ThreadLocalRandom.current().nextInt(CATEGORIES);
        if (orm) {
            return Item.objects.filter("category", category).list();
        }
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_CATEGORY)) {
            ps.setInt(1, category);
            List<Row> out = new ArrayList<>(100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    @Benchmark
    public Object insert() throws SQLException {
        int n = ThreadLocalRandom.current().nextInt(ROWS);
        if (orm) {
            return Item.objects.create(i -> {
                i.name = "new item";
                i.category = n % CATEGORIES;
                i.score = n;
            });
        }
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, "new item");
            ps.setInt(2, n % CATEGORIES);
            ps.setInt(3, n);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Benchmark
    public Object update() throws SQLException {
        int score = ThreadLocalRandom.current().nextInt(ROWS);
        if (orm) {
            updated.score = score;
            updated.save();
            return updated;
        }
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(UPDATE)) {
            ps.setString(1, updated.name);
            ps.setInt(2, updated.category);
            ps.setInt(3, score);
            ps.setLong(4, updated.id);
            return ps.executeUpdate();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
    }
}
